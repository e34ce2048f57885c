/// The server's notion of a token: a word, that is a run of characters other than whitespace.
///
/// Streams send one word per event, each with the whitespace before it, so the pieces join to the text
/// exactly; token counts are word counts.
enum WordPieces {
    /// The words of `text`, each with the whitespace before it; trailing whitespace joins the last piece.
    ///
    /// `"Echo: Apa  kabar?"` gives `["Echo:", " Apa", "  kabar?"]`.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var currentHasWord = false
        for character in text {
            if character.isWhitespace {
                if currentHasWord {
                    pieces.append(current)
                    current = ""
                    currentHasWord = false
                }
            } else {
                currentHasWord = true
            }
            current.append(character)
        }
        if currentHasWord || pieces.isEmpty {
            if !current.isEmpty { pieces.append(current) }
        } else {
            pieces[pieces.count - 1] += current
        }
        return pieces
    }

    /// The number of words in `text`.
    static func count(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
