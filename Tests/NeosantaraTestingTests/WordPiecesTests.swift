import Testing

@testable import NeosantaraTesting

@Suite("Words as tokens")
struct WordPiecesTests {
    @Test(
        "splits a text into words with the whitespace before each, joining back to the text",
        arguments: [
            ("Echo: Apa  kabar?", ["Echo:", " Apa", "  kabar?"]),
            ("  indented", ["  indented"]),
            ("trailing \n", ["trailing \n"]),
            ("satu\tdua\ntiga", ["satu", "\tdua", "\ntiga"]),
            ("Selamat pagi 👋🏽 dunia", ["Selamat", " pagi", " 👋🏽", " dunia"]),
            ("", []),
            ("   ", ["   "]),
        ])
    func split(text: String, pieces: [String]) {
        #expect(WordPieces.split(text) == pieces)
        #expect(WordPieces.split(text).joined() == text)
        #expect(WordPieces.count(text) == pieces.filter { !$0.allSatisfy(\.isWhitespace) }.count)
    }
}
