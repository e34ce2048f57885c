/// The Swift functions a model may call during ``ChatCompletions/runTools(_:tools:maxRounds:options:onChunk:)``.
///
/// ```swift
/// let tools = Toolbox {
///     FunctionTool("get_weather", description: "Current weather in a city") { (query: WeatherQuery) in
///         Weather(city: query.city, celsius: 31, conditions: ["sunny"])
///     }
///     FunctionTool("get_time", description: "The time in a time zone") { (query: TimeQuery) in
///         Date.now.formatted()
///     }
/// }
/// ```
public struct Toolbox: Sendable {
    /// The tools, in the order they are offered to the model.
    public var tools: [FunctionTool]

    /// Creates a toolbox from a list of tools.
    public init(_ tools: [FunctionTool]) {
        self.tools = tools
    }

    /// Creates a toolbox from the tools the block lists.
    public init(@ToolboxBuilder _ tools: () -> [FunctionTool]) {
        self.tools = tools()
    }

    /// The tool named `name`.
    public subscript(name: String) -> FunctionTool? {
        tools.first { $0.name == name }
    }

    /// The request's `tools` entries.
    ///
    /// - Throws: ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` when two tools share
    ///   a name or an argument type has no derivable schema.
    public func definitions() throws(NeosantaraError) -> [Tool] {
        var seen: Set<String> = []
        for tool in tools where !seen.insert(tool.name).inserted {
            throw NeosantaraError(
                kind: .invalidRequest, message: "two tools are named `\(tool.name)`; tool names must be unique",
                parameter: "tools")
        }
        var definitions: [Tool] = []
        for tool in tools {
            definitions.append(try tool.definition())
        }
        return definitions
    }

    /// Throws for a tool run of fewer than one round, before anything is sent; every API's runner checks it.
    static func check(maxRounds: Int) throws(NeosantaraError) {
        guard maxRounds >= 1 else {
            throw NeosantaraError(
                kind: .invalidRequest, message: "`maxRounds` must be at least 1, not \(maxRounds)",
                parameter: "maxRounds")
        }
    }

    /// Runs the tool a call names and returns the `tool` message that answers it.
    ///
    /// Every failure becomes the message's text, for the model to read and correct: an unknown tool,
    /// arguments that do not decode, or an error the tool threw. Only cancellation is thrown.
    func answer(_ call: ToolCall) async throws(NeosantaraError) -> ChatMessage {
        let name = call.function.name
        guard let tool = self[name] else {
            let available = tools.map { "`\($0.name)`" }.joined(separator: ", ")
            return .tool("Error: there is no tool named `\(name)`. Available tools: \(available).", toolCallID: call.id)
        }
        do {
            return .tool(try await tool.call(arguments: call.function.arguments), toolCallID: call.id)
        } catch let error as FunctionTool.InvalidArguments {
            return .tool(
                "Error: the arguments for `\(name)` are not valid (\(error.reason)). "
                    + "Call it again with arguments that match its schema.",
                toolCallID: call.id)
        } catch {
            if Task.isCancelled {
                throw NeosantaraError(kind: .cancelled, message: "the tool run was cancelled while `\(name)` ran")
            }
            return .tool("Error: `\(name)` failed: \(error)", toolCallID: call.id)
        }
    }
}
