import Foundation

@testable import Neosantara

/// The recorded server-sent-event streams in `Fixtures/streams`, and the doc example in `Fixtures/examples`.
enum StreamingFixtures {
    /// The paths, relative to `Fixtures`, of every `.sse` file.
    static func allStreams() throws -> [String] {
        try names(in: "streams").map { "streams/" + $0 } + names(in: "examples").map { "examples/" + $0 }
    }

    /// The names, without extension, of the streams in `Fixtures/streams` that come with the
    /// `<name>.response.json` a plain call would have returned.
    static func streamsWithResponses() throws -> [String] {
        let files = try names(in: "streams", extension: "response.json")
        return files.map { String($0.dropLast(".response.json".count)) }
    }

    /// The bytes of `Fixtures/streams/<name>.sse`.
    static func stream(_ name: String) throws -> [UInt8] {
        Array(try Fixtures.data("streams/\(name).sse"))
    }

    /// The completion in `Fixtures/streams/<name>.response.json`.
    static func response(_ name: String) throws -> ChatCompletionsResponse {
        try JSONDecoder().decode(ChatCompletionsResponse.self, from: Fixtures.data("streams/\(name).response.json"))
    }

    private static func names(in folder: String, extension suffix: String = "sse") throws -> [String] {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + folder, withExtension: nil) else {
            throw Fixtures.FixtureError.missing(folder)
        }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix("." + suffix) }
            .sorted()
    }
}
