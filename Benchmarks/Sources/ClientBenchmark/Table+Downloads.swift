import Foundation

extension Table {
    /// Scenario (v): a row per client with its MB/s and how far a 1 GiB download raised its peak RSS.
    static func downloads(_ scenario: Scenario, clients: [ClientKind], results: [ClientKind: [Measurement]])
        -> String
    {
        var lines = [
            "### \(scenario.title)", "",
            "| client | MB/s | RSS growth (peak − before) | peak RSS | CPU per download | failures | MB/s of each round |",
            "|---|---|---|---|---|---|---|",
        ]
        for kind in clients {
            guard let runs = results[kind] else { continue }
            lines.append(
                "| \(kind == .ahcRaw ? "AsyncHTTPClient, FileDownloadDelegate" : kind.label) | \(String(format: "%.0f", median(runs.map(\.throughput)))) "
                    + "| \(mib(median(runs.map { $0.rssGrowth ?? 0 }))) "
                    + "(\(runs.map { mib($0.rssGrowth ?? 0) }.joined(separator: ", "))) "
                    + "| \(mib(median(runs.map(\.peakRSS)))) | \(time(median(runs.map(\.cpuPerCall)))) "
                    + "| \(runs.map(\.failures).reduce(0, +)) "
                    + "| \(runs.map { String(format: "%.0f", $0.throughput) }.joined(separator: ", ")) |")
        }
        return (lines + [""]).joined(separator: "\n")
    }
}
