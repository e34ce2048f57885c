import ArgumentParser
import Foundation
import Neosantara

/// `neosantara webhooks verify`: checks a delivery's signature, and prints its event.
struct WebhooksVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a webhook delivery and print its event type.",
        discussion: """
            The signing secret is read from NEOSANTARA_WEBHOOK_SECRET, never from the command line. Exits 0 and
            prints the event's type when the delivery verifies; exits 1 and says which check failed otherwise.

            Example:
              neosantara webhooks verify --payload body.json \\
                --header "webhook-id: msg_1" --header "webhook-timestamp: 1750287018" \\
                --header "webhook-signature: v1,…"
            """)

    @Option(
        help: ArgumentHelp("The file holding the request body, byte for byte; - for standard input.", valueName: "file")
    )
    var payload: String

    @Option(name: .customLong("header"), help: ArgumentHelp("A request header, as `name: value`.", valueName: "header"))
    var headers: [String] = []

    @Flag(help: "Print the event as JSON.")
    var json = false

    func run() throws {
        guard let secret = ProcessInfo.processInfo.environment["NEOSANTARA_WEBHOOK_SECRET"], !secret.isEmpty else {
            throw ValidationError("Set NEOSANTARA_WEBHOOK_SECRET to the endpoint's signing secret.")
        }
        var fields: [String: String] = [:]
        for header in headers {
            guard let colon = header.firstIndex(of: ":") else {
                throw ValidationError("A header must be `name: value`, not `\(header)`.")
            }
            fields[header[..<colon].trimmingCharacters(in: .whitespaces)] =
                header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body: Data
        do {
            body =
                payload == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: payload))
        } catch {
            throw ValidationError("Cannot read the payload file `\(payload)`.")
        }
        let event = try Webhooks(secret: secret).unwrap(payload: body, headers: fields)
        if json {
            Terminal.write(
                try JSONOutput.string([
                    "id": event.id.map(JSONValue.string) ?? .null, "type": .string(event.type), "data": event.data,
                ])
                    + "\n")
        } else {
            Terminal.write(event.type + "\n")
        }
    }
}
