import ArgumentParser
import Foundation
import Neosantara

/// `neosantara key`: the API key's status, tier and usage.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Show the API key's status, tier and usage.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the response as JSON.")
    var json = false

    func run() async throws {
        let response = try await global.withClient { client in try await client.authentication.keyStatus() }
        if json {
            Terminal.write(try JSONOutput.string(response.value) + "\n")
            return
        }
        let status = response.value
        var lines: [(String, String)] = [
            ("authorized", status.authorized.map { $0 ? "yes" : "no" } ?? "unknown"),
            ("tier", status.tier ?? "unknown"),
        ]
        if let organization = status.organization { lines.append(("organization", organization)) }
        if let expires = status.expires { lines.append(("expires", expires)) }
        for (period, usage) in [("daily", status.usageInfo?.daily), ("monthly", status.usageInfo?.monthly)] {
            guard let usage else { continue }
            let used = usage.used.map(String.init) ?? "?"
            let limit = usage.limit.map(String.init) ?? "?"
            var text = "\(used) of \(limit) used"
            if let remaining = usage.remaining { text += ", \(remaining) left" }
            if let reset = usage.resetAt { text += ", resets \(reset.formatted(.iso8601))" }
            lines.append((period, text))
        }
        for (name, value) in lines {
            Terminal.write(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value + "\n")
        }
    }
}
