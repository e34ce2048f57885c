import Foundation
import Neosantara

/// Scenario (g): reading a 100,000-line batch output file with `BatchResults(contentsOf:as:)` against reading
/// it line by line and decoding each line with `JSONDecoder` into plain structs, each in a child process.
enum BatchResultsBenchmark {
    static let clients = ["sdk", "json-decoder"]
    static let lines = 100_000

    /// Writes `lines` lines in OpenAI's batch output shape; one in 500 failed with a 429 or 500.
    static func writeFile(_ url: URL, lines: Int) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let answers = [
            "Tiket ini tentang penagihan: pelanggan ditagih dua kali untuk bulan Juni.",
            "Kategori: pengiriman. Paket belum sampai setelah tujuh hari kerja.",
            "Kategori: akun. Pengguna tidak dapat masuk setelah mengganti nomor telepon.",
        ]
        var text = ""
        for index in 0..<lines {
            let id = String(format: "%08x", index &* 2_654_435_761 % 4_294_967_296)
            let response: String
            if index % 500 == 499 {
                let status = index % 1000 == 999 ? 500 : 429
                response =
                    #"{"status_code":\#(status),"request_id":"req_\#(id)","body":{"error":{"message":"#
                    + #""\#(status == 429 ? "Rate limit reached" : "Internal server error")","type":"#
                    + #""\#(status == 429 ? "rate_limit_error" : "server_error")","code":null}}}"#
            } else {
                let prompt = 40 + index % 60
                let completion = 12 + index % 20
                response =
                    #"{"status_code":200,"request_id":"req_\#(id)","body":{"id":"chatcmpl-\#(id)","#
                    + #""object":"chat.completion","created":\#(1_750_400_000 + index),"model":"nusantara-base","#
                    + #""system_fingerprint":"fp_nsb_2025_06","choices":[{"index":0,"message":{"role":"assistant","#
                    + #""content":"\#(answers[index % 3])"},"logprobs":null,"finish_reason":"stop"}],"#
                    + #""usage":{"prompt_tokens":\#(prompt),"completion_tokens":\#(completion),"#
                    + #""total_tokens":\#(prompt + completion)}}}"#
            }
            text += #"{"id":"batch_req_\#(id)","custom_id":"ticket-\#(index)","response":\#(response),"error":null}"#
            text += "\n"
            if text.utf8.count > 1 << 20 {
                handle.write(Data(text.utf8))
                text = ""
            }
        }
        handle.write(Data(text.utf8))
    }

    /// Child: reads the whole file with `client`; throughput in lines per second.
    static func child(client: String, file: URL) async throws -> Measurement {
        let rssBefore = ProcessStats.currentRSS()
        let cpuStart = ProcessStats.cpuTime()
        let start = ContinuousClock.now
        var succeeded = 0
        var failed = 0
        if client == "sdk" {
            for try await result in BatchResults(contentsOf: file, as: ChatCompletionsResponse.self) {
                if result.response?.choices.isEmpty == false { succeeded += 1 } else { failed += 1 }
            }
        } else {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            var buffer = Data()
            func decode(_ line: Data) throws {
                let result = try Baseline.decoder.decode(BaselineLine.self, from: line)
                if result.response?.body.completion?.choices.isEmpty == false { succeeded += 1 } else { failed += 1 }
            }
            while let chunk = try handle.read(upToCount: 65536), !chunk.isEmpty {
                buffer.append(chunk)
                var start = buffer.startIndex
                while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    if newline > start { try decode(buffer[start..<newline]) }
                    start = newline + 1
                }
                buffer = Data(buffer[start...])
            }
            if !buffer.isEmpty { try decode(buffer) }
        }
        let elapsed = (ContinuousClock.now - start).seconds
        let peak = ProcessStats.peakRSS()
        let lines = succeeded + failed
        return Measurement(
            throughput: Double(lines) / elapsed, p50: elapsed, p99: elapsed,
            cpuPerCall: (ProcessStats.cpuTime() - cpuStart) / Double(lines), peakRSS: peak,
            failures: lines == Self.lines ? 0 : 1, completed: failed, rssGrowth: peak - rssBefore)
    }
}

/// A batch output line as plain `Codable` structs: the body a chat completion when the status is 200, an
/// error object otherwise.
struct BaselineLine: Decodable {
    struct Response: Decodable {
        struct Body: Decodable {
            var completion: Baseline.Completion?
            var error: APIError?
        }
        struct APIError: Decodable {
            struct Detail: Decodable {
                var message: String
                var type: String?
                var code: String?
            }
            var error: Detail
        }
        var status_code: Int
        var request_id: String?
        var body: Body

        enum CodingKeys: String, CodingKey { case status_code, request_id, body }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            status_code = try container.decode(Int.self, forKey: .status_code)
            request_id = try container.decodeIfPresent(String.self, forKey: .request_id)
            if status_code == 200 {
                body = Body(completion: try container.decode(Baseline.Completion.self, forKey: .body))
            } else {
                body = Body(error: try container.decode(APIError.self, forKey: .body))
            }
        }
    }
    struct LineError: Decodable {
        var code: String?
        var message: String?
    }
    var id: String
    var custom_id: String
    var response: Response?
    var error: LineError?
}
