/// Builds a ``Toolbox`` from a list of ``FunctionTool`` values, with `if`, `for` and `#available` allowed.
@resultBuilder
public enum ToolboxBuilder {
    /// Joins the tools of a block.
    public static func buildBlock(_ parts: [FunctionTool]...) -> [FunctionTool] { parts.flatMap { $0 } }
    /// One tool.
    public static func buildExpression(_ tool: FunctionTool) -> [FunctionTool] { [tool] }
    /// Several tools.
    public static func buildExpression(_ tools: [FunctionTool]) -> [FunctionTool] { tools }
    /// The tools of an `if` without `else`, when it ran.
    public static func buildOptional(_ tools: [FunctionTool]?) -> [FunctionTool] { tools ?? [] }
    /// The tools of the first branch of an `if`.
    public static func buildEither(first tools: [FunctionTool]) -> [FunctionTool] { tools }
    /// The tools of the second branch of an `if`.
    public static func buildEither(second tools: [FunctionTool]) -> [FunctionTool] { tools }
    /// The tools of a `for` loop.
    public static func buildArray(_ parts: [[FunctionTool]]) -> [FunctionTool] { parts.flatMap { $0 } }
    /// The tools of an `#available` block.
    public static func buildLimitedAvailability(_ tools: [FunctionTool]) -> [FunctionTool] { tools }
}
