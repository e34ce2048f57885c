import NIOCore

@testable import Neosantara

extension FuzzTarget {
    /// Batch result files: `JSONLineSplitter` returns the same lines however the file is cut into chunks (the
    /// file's lines, without CR before LF, blank ones skipped), and every line decodes to a result or throws a
    /// decoding error, never crashing.
    ///
    /// Input: a chunk count, the cut points, then the file.
    static let batchResults = FuzzTarget(name: "BatchResults") { bytes in
        var input = FuzzInput(bytes)
        let cuts = (0..<input.number(below: 8)).map { _ in Int(input.byte()) }
        let file = input.rest()
        var splitter = JSONLineSplitter()
        var lines: [[UInt8]] = []
        var start = 0
        for cut in cuts + [file.count] {
            let end = min(file.count, start + cut)
            splitter.append(ByteBuffer(bytes: file[start..<end]))
            start = end
            while let line = splitter.nextLine() {
                lines.append(line)
            }
        }
        if let last = splitter.finish() {
            lines.append(last)
        }
        let expected = file.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
        }.filter { line in line.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } }
        require(lines == expected, "lines \(lines), expected \(expected)")
        for (number, line) in lines.enumerated() {
            do throws(NeosantaraError) {
                _ = try BatchResultDecoder.result(
                    line, number: number + 1, file: "fuzz", as: ChatCompletionsResponse.self)
            } catch {
                require(error.kind == .decoding, "line \(number + 1) threw \(error)")
            }
        }
    }
}
