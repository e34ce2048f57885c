import Foundation

@testable import Neosantara

extension FuzzTarget {
    /// The byte-level JSON writers against `JSONEncoder`: for a chat or Responses request built from fuzzed
    /// fields, the fast writer either gives up or writes JSON that `JSONDecoder` decodes to the same request (and
    /// the same JSON value) as `JSONEncoder`'s output; it never writes what `JSONEncoder` refuses (NaN, say).
    ///
    /// Input: a byte choosing the request type, the fields that override the decoded request's (strings of any
    /// bytes, numbers of any bits), then a JSON request for the rest (an empty one when it does not decode).
    static let fastEncoding = FuzzTarget(name: "FastEncoding") { bytes in
        var input = FuzzInput(bytes)
        if input.bool() {
            let overrides = ResponsesOverrides(&input)
            var request =
                (try? JSONDecoder().decode(ResponsesRequest.self, from: Data(input.rest())))
                ?? ResponsesRequest(model: "")
            overrides.apply(to: &request)
            agree(request, request.encodeCommonShape())
        } else {
            let overrides = ChatOverrides(&input)
            var request =
                (try? JSONDecoder().decode(ChatCompletionsRequest.self, from: Data(input.rest())))
                ?? ChatCompletionsRequest(model: "", messages: [])
            overrides.apply(to: &request)
            agree(request, request.encodeCommonShape())
        }
    }

    /// Requires the fast writer's output `fast` for `request` to be nil or to agree with `JSONEncoder`'s.
    private static func agree<Request: Codable & Equatable>(_ request: Request, _ fast: Data?) {
        guard let fast else { return }
        let text = String(decoding: fast, as: UTF8.self)
        guard let foundation = try? JSONEncoder().encode(request) else {
            require(false, "the fast writer wrote \(text) for a request JSONEncoder refuses: \(request)")
            return
        }
        let decoder = JSONDecoder()
        let fastRequest = try? decoder.decode(Request.self, from: fast)
        let foundationRequest = try? decoder.decode(Request.self, from: foundation)
        require(fastRequest != nil, "the fast writer's \(text) does not decode")
        require(
            fastRequest == foundationRequest, "fast \(text), JSONEncoder \(String(decoding: foundation, as: UTF8.self))"
        )
        let fastValue = try? decoder.decode(JSONValue.self, from: fast)
        let foundationValue = try? decoder.decode(JSONValue.self, from: foundation)
        require(
            fastValue == foundationValue, "fast \(text), JSONEncoder \(String(decoding: foundation, as: UTF8.self))")
    }

    /// Fuzzed fields of a chat request: the model, a message, the sampling numbers and the stop sequences.
    private struct ChatOverrides {
        var model: String?
        var message: ChatMessage?
        var temperature: Double?
        var topP: Double?
        var maxTokens: Int?
        var stop: StopSequences?
        var user: String?

        init(_ input: inout FuzzInput) {
            let present = input.byte()
            if present & 1 != 0 { model = input.string() }
            if present & 2 != 0 {
                let role =
                    input.bool() ? Role(rawValue: input.string()) : input.pick([.system, .user, .assistant, .tool])
                message = ChatMessage(role: role, content: .text(input.string()))
            }
            if present & 4 != 0 { temperature = Double(bitPattern: input.uint64()) }
            if present & 8 != 0 { topP = Double(bitPattern: input.uint64()) }
            if present & 16 != 0 { maxTokens = Int(truncatingIfNeeded: input.uint64()) }
            if present & 32 != 0 { stop = input.bool() ? .single(input.string()) : .multiple([input.string()]) }
            if present & 64 != 0 { user = input.string() }
        }

        func apply(to request: inout ChatCompletionsRequest) {
            request.model = model ?? request.model
            if let message { request.messages.append(message) }
            request.temperature = temperature ?? request.temperature
            request.topP = topP ?? request.topP
            request.maxTokens = maxTokens ?? request.maxTokens
            request.stop = stop ?? request.stop
            request.user = user ?? request.user
        }
    }

    /// Fuzzed fields of a Responses request: the model, the input text, the instructions and the token limit.
    private struct ResponsesOverrides {
        var model: String?
        var input: String?
        var instructions: String?
        var maxOutputTokens: Int?

        init(_ input: inout FuzzInput) {
            let present = input.byte()
            if present & 1 != 0 { model = input.string() }
            if present & 2 != 0 { self.input = input.string() }
            if present & 4 != 0 { instructions = input.string() }
            if present & 8 != 0 { maxOutputTokens = Int(truncatingIfNeeded: input.uint64()) }
        }

        func apply(to request: inout ResponsesRequest) {
            request.model = model ?? request.model
            if let input { request.input = .text(input) }
            request.instructions = instructions ?? request.instructions
            request.maxOutputTokens = maxOutputTokens ?? request.maxOutputTokens
        }
    }
}
