import ArgumentParser
import Foundation

/// Where a command that makes a file — an image, a video — writes it: never to a terminal.
///
/// `-o path` writes there; `-o -` writes to standard output when it is a pipe or a file, and refuses a
/// terminal; without `-o`, the file is named after the job in the current folder. The paths written are
/// printed, one a line.
struct BinaryOutput {
    /// The `-o` value, when given.
    var path: String?

    /// Whether the bytes go to standard output.
    var toStandardOutput: Bool { path == "-" }

    /// Checks what can be checked before any call: `-o -` needs standard output not to be a terminal.
    func validate(count: Int = 1) throws {
        if toStandardOutput && Terminal.outputIsTerminal {
            throw ValidationError("will not write binary data to a terminal; give -o FILE or redirect standard output")
        }
        if toStandardOutput && count > 1 {
            throw ValidationError("-o - takes one file only; give -o FILE to write several")
        }
    }

    /// The file for item `index` of `count`: the `-o` path (numbered `name-2.png` and on when there are several),
    /// else `defaultName`.
    func destination(index: Int, count: Int, defaultName: String) -> URL {
        guard let path, path != "-" else { return URL(fileURLWithPath: defaultName) }
        let url = URL(fileURLWithPath: path)
        guard count > 1 else { return url }
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension
        return url.deletingLastPathComponent().appendingPathComponent(
            "\(stem)-\(index + 1)" + (ext.isEmpty ? "" : ".\(ext)"))
    }
}
