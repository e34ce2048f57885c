import Neosantara

/// Prints a reply piece by piece: reasoning dimmed (when asked for), a blank line, then the answer.
struct DeltaPrinter {
    let showReasoning: Bool
    let showContent: Bool
    private var printedReasoning = false
    private var printedContent = false

    init(showReasoning: Bool, showContent: Bool) {
        self.showReasoning = showReasoning
        self.showContent = showContent
    }

    mutating func print(_ delta: ChatCompletionChunk.Delta) {
        if showReasoning, let reasoning = delta.reasoningContent, !reasoning.isEmpty {
            Terminal.write(Terminal.dim(reasoning))
            printedReasoning = true
        }
        if showContent, let content = delta.content, !content.isEmpty {
            if printedReasoning && !printedContent {
                Terminal.write("\n\n")
            }
            Terminal.write(content)
            printedContent = true
        }
    }

    /// Ends the reply with a newline.
    func finish() {
        if printedReasoning || printedContent {
            Terminal.write("\n")
        }
    }
}
