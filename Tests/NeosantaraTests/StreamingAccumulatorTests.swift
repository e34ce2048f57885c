import Foundation
import Testing

@testable import Neosantara

/// Chunks joined into the completion a plain call returns.
@Suite("Streaming: accumulator")
struct StreamingAccumulatorTests {
    /// The chunks of `Fixtures/streams/<name>.sse`, without `[DONE]`.
    static func chunks(_ name: String) throws -> [ChatCompletionChunk] {
        var parser = ServerSentEventParser()
        let events = try parser.parse(StreamingFixtures.stream(name)) + [parser.finish()].compactMap { $0 }
        return try events.filter { $0.data != "[DONE]" }.map {
            try JSONDecoder().decode(ChatCompletionChunk.self, from: Data($0.data.utf8))
        }
    }

    @Test(
        "Each recorded stream adds up to the completion a plain call returns",
        arguments: try StreamingFixtures.streamsWithResponses())
    func recordedStreams(_ name: String) throws {
        var accumulator = ChatCompletionAccumulator()
        let chunks = try Self.chunks(name)
        for chunk in chunks {
            accumulator.add(chunk)
        }
        #expect(accumulator.response == (try StreamingFixtures.response(name)))
        #expect(accumulator.chunkCount == chunks.count)
    }

    @Test("The fixtures with responses are all there")
    func fixtures() throws {
        #expect(try StreamingFixtures.streamsWithResponses().count == 12)
    }

    @Test("Parallel tool calls are joined by index, whatever order their pieces come in")
    func interleavedToolCalls() {
        var accumulator = ChatCompletionAccumulator()
        accumulator.add(
            toolChunk([.init(index: 0, id: "call_1", type: .function, function: .init(name: "a", arguments: "{"))]))
        accumulator.add(
            toolChunk([.init(index: 1, id: "call_2", type: .function, function: .init(name: "b", arguments: "["))]))
        accumulator.add(
            toolChunk([
                .init(index: 1, function: .init(arguments: "2]")), .init(index: 0, function: .init(arguments: "}")),
            ]))
        let calls = accumulator.response.choices.first?.message.toolCalls
        #expect(
            calls == [
                ToolCall(id: "call_1", function: .init(name: "a", arguments: "{}")),
                ToolCall(id: "call_2", function: .init(name: "b", arguments: "[2]")),
            ])
    }

    @Test("A provider that repeats the name on every piece gets it once; an id on a later piece is kept")
    func repeatedNameAndLateID() {
        var accumulator = ChatCompletionAccumulator()
        accumulator.add(toolChunk([.init(index: 0, function: .init(name: "cuaca", arguments: "{\"kota\":"))]))
        accumulator.add(
            toolChunk([.init(index: 0, id: "call_9", function: .init(name: "cuaca", arguments: "\"Solo\"}"))]))
        let call = accumulator.response.choices.first?.message.toolCalls?.first
        #expect(call == ToolCall(id: "call_9", function: .init(name: "cuaca", arguments: "{\"kota\":\"Solo\"}")))
        #expect(accumulator.response.choices.first?.message.toolCalls?.count == 1)
    }

    @Test("Pieces with neither index nor id go to the last tool call")
    func piecesWithoutIndexOrID() {
        var accumulator = ChatCompletionAccumulator()
        accumulator.add(toolChunk([.init(id: "x", function: .init(name: "f", arguments: "a"))]))
        accumulator.add(toolChunk([.init(function: .init(arguments: "b"))]))
        accumulator.add(toolChunk([.init(id: "y", function: .init(name: "g", arguments: "c"))]))
        accumulator.add(toolChunk([.init(function: .init(arguments: "d"))]))
        let calls = accumulator.response.choices.first?.message.toolCalls ?? []
        #expect(calls.map(\.id) == ["x", "y"])
        #expect(calls.map(\.function.arguments) == ["ab", "cd"])
    }

    @Test("Choices are kept in index order, and the last finish reason, usage and metadata win")
    func choicesAndTotals() {
        var accumulator = ChatCompletionAccumulator()
        accumulator.add(
            ChatCompletionChunk(id: "c1", model: "m", choices: [.init(index: 2, delta: .init(content: "two"))]))
        accumulator.add(
            ChatCompletionChunk(choices: [.init(index: 0, delta: .init(content: "zero"), finishReason: .length)]))
        accumulator.add(
            ChatCompletionChunk(
                choices: [.init(index: 2, delta: .init(), finishReason: .stop)],
                usage: Usage(promptTokens: 1, completionTokens: 2, totalTokens: 3)))
        let response = accumulator.response
        #expect(response.id == "c1")
        #expect(response.model == "m")
        #expect(response.object == "chat.completion")
        #expect(response.choices.map(\.index) == [0, 2])
        #expect(response.choices.map(\.message.content) == ["zero", "two"])
        #expect(response.choices.map(\.finishReason) == [.length, .stop])
        #expect(response.usage?.totalTokens == 3)
        #expect(accumulator.everyChoiceFinished)
    }

    @Test("Log probabilities of the pieces are joined")
    func logprobs() {
        var accumulator = ChatCompletionAccumulator()
        accumulator.add(
            ChatCompletionChunk(choices: [.init(delta: .init(content: "a"), logprobs: ["content": [["token": "a"]]])]))
        accumulator.add(
            ChatCompletionChunk(choices: [.init(delta: .init(content: "b"), logprobs: ["content": [["token": "b"]]])]))
        accumulator.add(ChatCompletionChunk(choices: [.init(delta: .init(), finishReason: .stop, logprobs: .null)]))
        #expect(accumulator.response.choices.first?.logprobs == ["content": [["token": "a"], ["token": "b"]]])
    }

    @Test("An empty accumulator, or one with an unfinished choice, is not finished")
    func unfinished() {
        var accumulator = ChatCompletionAccumulator()
        #expect(!accumulator.everyChoiceFinished)
        #expect(accumulator.response.choices.isEmpty)
        accumulator.add(ChatCompletionChunk(choices: [.init(delta: .init(role: .assistant, content: "Hal"))]))
        #expect(!accumulator.everyChoiceFinished)
        #expect(accumulator.response.choices.first?.message == ChatCompletionMessage(content: "Hal"))
    }

    private func toolChunk(_ calls: [ChatCompletionChunk.ToolCallDelta]) -> ChatCompletionChunk {
        ChatCompletionChunk(choices: [.init(delta: .init(toolCalls: calls))])
    }
}
