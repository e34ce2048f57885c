import ArgumentParser
import Foundation
import Logging
import NIOCore
import Neosantara
import NeosantaraTesting
import ServiceLifecycle
import UnixSignals

/// `neosantara serve`: a local OpenAI-compatible server that answers like the Neosantara API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a local OpenAI- and Anthropic-compatible server that answers like the Neosantara API.",
        discussion: """
            The server answers every operation deterministically, with no network and no API key: chat \
            completions reply "Echo: " and the last user message, streamed word by word with `"stream": true`; \
            a request with tools gets a call of the first tool. The Anthropic-compatible Messages API answers \
            under /anthropic/v1 the same way, with Anthropic's stream events. It prints its base URL on standard output, \
            logs one line per request on standard error, and stops cleanly on SIGINT or SIGTERM.
            """
    )

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Option(help: "The address to bind.")
    var host: String = "127.0.0.1"

    @Option(help: "The key clients must send as `Authorization: Bearer <key>`; any key or none when not given.")
    var apiKey: String?

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535, not \(port).")
        }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
    }

    func run() async throws {
        var logger = Logger(label: "neosantara.serve") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = .info
        let configuration = NeosantaraTestServer.Configuration(
            host: host, port: port, expectedAPIKey: apiKey.map { APIKey($0) }, logger: logger)
        let server = NeosantaraTestServer(configuration: configuration)
        let group = ServiceGroup(
            configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                let url = try await server.waitUntilListening()
                FileHandle.standardOutput.write(Data((url.absoluteString + "\n").utf8))
                try await tasks.waitForAll()
            }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PortInUse(host: host, port: port)
        }
    }
}

/// The error `neosantara serve` reports when its port is taken.
private struct PortInUse: Error, CustomStringConvertible {
    let host: String
    let port: Int

    var description: String {
        "\(host):\(port) is already in use. Stop the other server, or pick another port with --port (0 picks a free one)."
    }
}
