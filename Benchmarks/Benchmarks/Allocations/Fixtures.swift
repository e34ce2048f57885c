import Foundation

/// The inputs of the allocation benchmarks: the bodies `BenchmarkServer` answers with.
enum Fixtures {
    /// A plain chat completion, of the shape `BenchmarkServer` answers with.
    static let completion =
        #"{"id":"chatcmpl-7f3a9c2e41b84d0e","object":"chat.completion","created":1750400000,"#
        + #""model":"nusantara-base","system_fingerprint":"fp_nsb_2025_06","choices":[{"index":0,"#
        + #""message":{"role":"assistant","content":"Jakarta adalah ibu kota Indonesia."},"logprobs":null,"#
        + #""finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":19,"total_tokens":31}}"#

    /// The events of `Fixtures/stream-20.sse` (20 chunks and `data: [DONE]`), each with its blank line.
    static func streamEvents() -> [[UInt8]] {
        let fixture = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/stream-20.sse")
        guard let text = try? String(contentsOf: fixture, encoding: .utf8) else {
            fatalError("cannot read \(fixture.path)")
        }
        return text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { Array(($0 + "\n\n").utf8) }
    }
}
