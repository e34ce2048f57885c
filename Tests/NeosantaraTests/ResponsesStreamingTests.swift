import Foundation
import HTTPTypes
import NeosantaraTesting
import Testing

@testable import Neosantara

/// `client.responses.stream` over loopback: typed events, the response rebuilt from them, and the same
/// guarantees as chat streams.
@Suite("Responses streaming")
struct ResponsesStreamingTests {
    static func fixture() throws -> [UInt8] { Array(try Fixtures.data("responses/stream_basic.sse")) }
    static func expected() throws -> Response {
        try JSONDecoder().decode(Response.self, from: Fixtures.data("responses/stream_basic.response.json"))
    }

    /// The fixture's events, as text, with `change` applied to the JSON of each `data:` line.
    static func fixtureEvents(_ change: (inout JSONValue) -> Void = { _ in }) throws -> [String] {
        try ServerSentEventParserTests.parse([fixture()]).map { event in
            var json = try JSONDecoder().decode(JSONValue.self, from: Data(event.data.utf8))
            change(&json)
            let data = String(decoding: try JSONEncoder().encode(json), as: UTF8.self)
            return "event: \(event.event ?? "message")\ndata: \(data)\n\n"
        }
    }

    @Test("The test server streams the full event sequence; finalResponse equals the stored, non-streamed response")
    func serverStream() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            let stream = try await client.responses.stream(model: "nusantara-base", input: "Halo kopi")
            var types: [String] = []
            var text = ""
            var textSoFar: [String] = []
            for try await event in stream {
                types.append(event.type)
                if case .outputTextDelta(let delta, let location) = event.kind {
                    text += delta
                    #expect(location.outputIndex == 0 && location.index == 0)
                    textSoFar.append(stream.currentResponse.outputText)
                }
            }
            #expect(
                types == [
                    "response.created", "response.in_progress", "response.output_item.added",
                    "response.content_part.added", "response.output_text.delta", "response.output_text.delta",
                    "response.output_text.delta", "response.output_text.done", "response.content_part.done",
                    "response.output_item.done", "response.completed",
                ])
            #expect(text == "Echo: Halo kopi")
            #expect(textSoFar == ["Echo:", "Echo: Halo", "Echo: Halo kopi"])
            #expect(stream.lastSequenceNumber == 10)
            let final = try await stream.finalResponse()
            let stored = try await client.responses.retrieve(final.id)
            #expect(final.value == stored.value)
            let body = try JSONDecoder().decode(JSONValue.self, from: server.requests[0].body)
            #expect(body["stream"] == true)
            #expect(server.requests[0].headers[.accept] == "text/event-stream")
        }
    }

    @Test("A streamed function call and reasoning summary arrive as their delta events and add up")
    func functionCallAndReasoning() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = ResponsesRequest(
                model: "nusantara-base", input: "Cuaca?",
                tools: [
                    .function(
                        name: "get_weather",
                        parameters: [
                            "type": "object", "properties": ["city": ["type": "string"]], "required": ["city"],
                        ])
                ])
            request.reasoning = ResponseReasoningOptions(effort: .low, summary: .concise)
            let stream = try await client.responses.stream(request)
            var arguments = ""
            var summary = ""
            var others: [String] = []
            for try await event in stream {
                switch event.kind {
                case .functionCallArgumentsDelta(let delta, _): arguments += delta
                case .reasoningSummaryTextDelta(let delta, _): summary += delta
                case .other: others.append(event.type)
                default: break
                }
            }
            let final = try await stream.finalResponse()
            #expect(final.functionCalls.first?.arguments == arguments)
            #expect(arguments == #"{"city":"example"}"#)
            #expect(summary == "Reasoning about: Cuaca?")
            #expect(others == ["response.reasoning_summary_part.added"])
            #expect(final.value == (try await client.responses.retrieve(final.id)).value)
        }
    }

    @Test("A recorded stream, delivered a byte at a time, adds up to the response a plain call returns")
    func recordedStreamByteByByte() async throws {
        let bytes = try Self.fixture()
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(bytes: bytes.map { [$0] }), for: .createResponse)
            let stream = try await makeClient(server.baseURL).responses.stream(model: "m", input: "x")
            let final = try await stream.finalResponse()
            #expect(final.value == (try Self.expected()))
            #expect(final.outputText == "Kopi pagi — teman setia ☕.")
        }
    }

    @Test("Split at every byte offset, the recorded stream gives the same events, which rebuild the same response")
    func everySplit() async throws {
        let bytes = try Self.fixture()
        let whole = try ServerSentEventParserTests.parse([bytes])
        for offset in 0...bytes.count {
            if offset % 64 == 0 {
                // Six thousand parses: leave the two cooperative threads to other tests now and then.
                await Task.yield()
            }
            let split = try ServerSentEventParserTests.parse([Array(bytes[..<offset]), Array(bytes[offset...])])
            #expect(split == whole, "split at byte \(offset)")
        }
        var accumulator = ResponseAccumulator()
        for event in whole {
            accumulator.add(try JSONDecoder().decode(ResponseStreamEvent.self, from: Data(event.data.utf8)))
        }
        #expect(accumulator.ended)
        #expect(accumulator.response == (try Self.expected()))
    }

    @Test("A completed event without output still gives the whole response, rebuilt from the deltas")
    func rebuiltFromDeltas() async throws {
        let events = try Self.fixtureEvents { json in
            if json["type"] == "response.completed", case .object(var event) = json,
                case .object(var response)? = event["response"]
            {
                response["output"] = []
                event["response"] = .object(response)
                json = .object(event)
            }
        }
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(events), for: .createResponse)
            let final = try await makeClient(server.baseURL).responses.stream(model: "m", input: "x").finalResponse()
            #expect(final.value == (try Self.expected()))
        }
    }

    @Test("A stream cut short before response.completed is an error; what arrived stays readable")
    func cutShort() async throws {
        let events = try Array(Self.fixtureEvents().prefix(15))
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(events), for: .createResponse)
            let stream = try await makeClient(server.baseURL).responses.stream(model: "m", input: "x")
            let error = await expectError { try await stream.finalResponse() }
            #expect(error?.kind == .incompleteStream)
            #expect(error?.message.contains("response.completed") == true)
            #expect(stream.currentResponse.outputText == "Kopi pagi — teman")
        }
    }

    @Test("An error event throws a stream error with the server's message; an unknown event is .other")
    func errorAndUnknownEvents() async throws {
        let events =
            try Array(Self.fixtureEvents().prefix(3)) + [
                "event: response.future_thing\ndata: {\"type\":\"response.future_thing\",\"sequence_number\":3,\"x\":1}\n\n",
                "event: error\ndata: {\"type\":\"error\",\"code\":\"server_error\",\"message\":\"Upstream gagal\",\"param\":null,\"sequence_number\":4}\n\n",
            ]
        try await NeosantaraTestServer.withServer { server in
            server.enqueue(.rawStream(events), for: .createResponse)
            let stream = try await makeClient(server.baseURL).responses.stream(model: "m", input: "x")
            var kinds: [ResponseStreamEvent.Kind] = []
            let error = await expectError {
                for try await event in stream {
                    kinds.append(event.kind)
                }
            }
            #expect(error?.kind == .streamError)
            #expect(error?.message.contains("Upstream gagal") == true)
            #expect(error?.apiError?.code == "server_error")
            #expect(kinds.last == .other(["type": "response.future_thing", "sequence_number": 3, "x": 1]))
            #expect(kinds.count == 4)
        }
    }

    @Test("Leaving the loop early closes the connection")
    func breakClosesConnection() async throws {
        try await NeosantaraTestServer.withServer { server in
            let firstTwo = try Array(Self.fixtureEvents().prefix(2))
            server.enqueue(.rawStream(firstTwo).keepingAlive(every: .milliseconds(10)), for: .createResponse)
            let stream = try await makeClient(server.baseURL).responses.stream(model: "m", input: "x")
            for try await _ in stream {
                break
            }
            #expect(await server.waitForClientDisconnects(timeout: .seconds(5)))
            #expect(stream.currentResponse.id == "resp_stream_1")
            #expect(await expectError { try await stream.finalResponse() }?.kind == .cancelled)
        }
    }

    @Test("A stored response's events can be streamed again after a sequence number")
    func resume() async throws {
        try await NeosantaraTestServer.withServer { server in
            let client = makeClient(server.baseURL)
            var request = ResponsesRequest(model: "nusantara-base", input: "Laporan", background: true)
            request.stream = false
            let queued = try await client.responses.create(request)
            let stream = try await client.responses.resumeStream(queued.id, after: 7)
            var numbers: [Int] = []
            for try await event in stream {
                numbers.append(event.sequenceNumber ?? -1)
            }
            #expect(numbers == [8, 9])
            let final = try await stream.finalResponse()
            #expect(final.outputText == "Echo: Laporan")
            #expect(final.value.status == .completed)
            let target = server.requests.last?.target ?? ""
            #expect(target.contains("stream=true") && target.contains("starting_after=7"))
        }
    }
}
