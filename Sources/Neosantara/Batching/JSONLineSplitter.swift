import NIOCore

/// Cuts bytes that arrive in chunks into lines, keeping only the unfinished line between chunks.
///
/// A line ends at `\n`; a `\r` before it is dropped. Lines of only spaces and tabs are skipped, as is the
/// empty line after a final newline; ``lineNumber`` still counts them, so errors name the line an editor
/// shows.
struct JSONLineSplitter: Sendable {
    private var pending: [UInt8] = []
    private var buffered = ByteBuffer()
    /// The number of the line ``nextLine()`` returned last, from 1.
    private(set) var lineNumber = 0

    /// Adds the next chunk.
    mutating func append(_ chunk: ByteBuffer) {
        var chunk = chunk
        buffered.writeBuffer(&chunk)
    }

    /// The next complete line, without its newline, or `nil` until more bytes arrive.
    mutating func nextLine() -> [UInt8]? {
        while let newline = buffered.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let length = newline - buffered.readerIndex
            pending += buffered.readBytes(length: length) ?? []
            buffered.moveReaderIndex(forwardBy: 1)
            lineNumber += 1
            if let line = take() {
                return line
            }
        }
        buffered.discardReadBytes()
        return nil
    }

    /// The last line, which had no newline after it, once every chunk arrived; `nil` when there is none.
    mutating func finish() -> [UInt8]? {
        pending += buffered.readBytes(length: buffered.readableBytes) ?? []
        guard !pending.isEmpty else { return nil }
        lineNumber += 1
        return take()
    }

    /// The pending line, unless it is blank; resets it either way.
    private mutating func take() -> [UInt8]? {
        defer { pending.removeAll(keepingCapacity: true) }
        if pending.last == UInt8(ascii: "\r") {
            pending.removeLast()
        }
        guard pending.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        return pending
    }
}
