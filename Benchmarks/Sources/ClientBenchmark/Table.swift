import Foundation

/// The Markdown tables the benchmarks print.
enum Table {
    /// One loopback scenario: a row per client, with ratios of its throughput to each baseline's.
    static func scenario(_ scenario: Scenario, clients: [ClientKind], results: [ClientKind: [Measurement]]) -> String {
        func med(_ kind: ClientKind, _ value: (Measurement) -> Double) -> Double? {
            results[kind].map { median($0.map(value)) }
        }
        if scenario == .videoDownload { return downloads(scenario, clients: clients, results: results) }
        var lines = ["### \(scenario.title)", ""]
        if scenario == .openStreams {
            lines.append(
                "| client | completed | failures | RSS per open stream | peak RSS | stream p50 | stream p99 | CPU per stream |"
            )
            lines.append("|---|---|---|---|---|---|---|---|")
            for kind in clients {
                guard let runs = results[kind] else { continue }
                lines.append(
                    "| \(kind.label) | \(runs.map { "\($0.completed ?? 0)" }.joined(separator: "/")) "
                        + "| \(runs.map { "\($0.failures)" }.joined(separator: "/")) "
                        + "| \(kib(med(kind) { $0.rssPerStream ?? 0 }!)) | \(mib(med(kind) { $0.peakRSS }!)) "
                        + "| \(time(med(kind) { $0.p50 }!)) | \(time(med(kind) { $0.p99 }!)) "
                        + "| \(time(med(kind) { $0.cpuPerCall }!)) |")
            }
            return (lines + [""]).joined(separator: "\n")
        }
        let baselines: [ClientKind] = [.ahcJSON, .ahcRaw, .python].filter { clients.contains($0) }
        lines.append(
            "| client | calls/s | p50 | p99 | CPU per call | peak RSS | failures |"
                + baselines.map { " × \($0.label) |" }.joined())
        lines.append("|---|---|---|---|---|---|---|" + String(repeating: "---|", count: baselines.count))
        for kind in clients {
            guard let throughput = med(kind, { $0.throughput }) else { continue }
            let ratios = baselines.map { baseline in
                med(baseline) { $0.throughput }.map { String(format: "%.2f", throughput / $0) } ?? "–"
            }
            lines.append(
                "| \(kind.label) | \(String(format: "%.0f", throughput)) | \(time(med(kind) { $0.p50 }!)) "
                    + "| \(time(med(kind) { $0.p99 }!)) | \(time(med(kind) { $0.cpuPerCall }!)) "
                    + "| \(mib(med(kind) { $0.peakRSS }!)) | \(results[kind]!.map(\.failures).reduce(0, +)) |"
                    + ratios.map { " \($0) |" }.joined())
        }
        if let ratios = results[.sdk]?.compactMap(\.pairedCPURatio), !ratios.isEmpty {
            lines.append("")
            lines.append(
                "SDK CPU per Responses stream ÷ per chat stream, paired in the same process: "
                    + "**\(String(format: "%.2f", median(ratios)))** "
                    + "(\(ratios.map { String(format: "%.2f", $0) }.joined(separator: ", ")))")
        }
        return (lines + [""]).joined(separator: "\n")
    }

    /// Scenario (e): SDK against baseline per row, and base64 against float embeddings.
    static func decoding(_ rows: [DecodeBenchmarks.Row]) -> String {
        var lines = [
            "### (e) decoding from memory", "",
            "| input | SDK | baseline | SDK / baseline | SDK p50 | SDK p99 |", "|---|---|---|---|---|---|",
        ]
        for row in rows {
            lines.append(
                "| \(row.name) | \(number(row.sdk)) | \(number(row.baseline)) | \(String(format: "%.2f", row.sdk / row.baseline)) "
                    + "| \(time(row.sdkP50)) | \(time(row.sdkP99)) |")
        }
        if let float = rows.first(where: { $0.name.contains("float") }),
            let base64 = rows.first(where: { $0.name.contains("base64") })
        {
            lines.append("")
            lines.append(
                "Embeddings: the SDK decodes base64 \(String(format: "%.1f", base64.sdk / float.sdk))× as fast as "
                    + "float JSON (baseline: \(String(format: "%.1f", base64.baseline / float.baseline))×).")
        }
        return (lines + [""]).joined(separator: "\n")
    }

    /// Scenario (f): RSS growth and throughput per transfer, and the SDK's throughput over AsyncHTTPClient's.
    static func transfers(_ results: [String: [Measurement]], bytes: Int) -> String {
        var lines = [
            "### (f) \(mib(Double(bytes))) upload and download", "",
            "| transfer | client | MB/s | RSS growth (each round) | peak RSS | CPU | SDK ÷ AHC |",
            "|---|---|---|---|---|---|---|",
        ]
        for direction in TransferBenchmark.directions {
            for client in TransferBenchmark.clients {
                guard let runs = results["\(direction) \(client)"] else { continue }
                let throughput = median(runs.map(\.throughput))
                let ratio = results["\(direction) ahc"].map {
                    String(format: "%.2f", throughput / median($0.map(\.throughput)))
                }
                lines.append(
                    "| \(direction) | \(client == "sdk" ? "Neosantara SDK" : "AsyncHTTPClient") | \(String(format: "%.0f", throughput)) "
                        + "| \(mib(median(runs.map { $0.rssGrowth ?? 0 }))) (\(runs.map { mib($0.rssGrowth ?? 0) }.joined(separator: ", "))) "
                        + "| \(mib(median(runs.map(\.peakRSS)))) | \(String(format: "%.2f s", median(runs.map(\.cpuPerCall)))) "
                        + "| \(client == "sdk" ? ratio ?? "–" : "1.00") |")
            }
        }
        return (lines + [""]).joined(separator: "\n")
    }

    /// Scenario (g): lines per second and memory for the SDK's batch results reader and for `JSONDecoder`.
    static func batchResults(_ results: [String: [Measurement]], fileSize: Int) -> String {
        var lines = [
            "### (g) reading a \(BatchResultsBenchmark.lines)-line batch output file (\(mib(Double(fileSize))))", "",
            "| reader | lines/s (each round) | CPU per line | peak RSS | RSS growth | failed lines | bad runs | ÷ JSONDecoder |",
            "|---|---|---|---|---|---|---|---|",
        ]
        let baseline = results["json-decoder"].map { median($0.map(\.throughput)) }
        for client in BatchResultsBenchmark.clients {
            guard let runs = results[client] else { continue }
            let throughput = median(runs.map(\.throughput))
            lines.append(
                "| \(client == "sdk" ? "BatchResults (SDK)" : "lines + JSONDecoder") | \(String(format: "%.0f", throughput)) "
                    + "(\(runs.map { String(format: "%.0f", $0.throughput) }.joined(separator: ", "))) "
                    + "| \(time(median(runs.map(\.cpuPerCall)))) | \(mib(median(runs.map(\.peakRSS)))) "
                    + "| \(mib(median(runs.map { $0.rssGrowth ?? 0 }))) | \(runs.first?.completed ?? 0) "
                    + "| \(runs.map(\.failures).reduce(0, +)) | \(baseline.map { String(format: "%.2f", throughput / $0) } ?? "–") |"
            )
        }
        return (lines + [""]).joined(separator: "\n")
    }

    static func time(_ seconds: Double) -> String {
        seconds >= 0.01 ? String(format: "%.1f ms", seconds * 1e3) : String(format: "%.0f µs", seconds * 1e6)
    }

    static func kib(_ bytes: Double) -> String { String(format: "%.1f KiB", bytes / 1024) }
    static func mib(_ bytes: Double) -> String { String(format: "%.1f MiB", bytes / 1_048_576) }
    static func number(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }
}
