import Foundation

@testable import Neosantara
@testable import NeosantaraTesting

extension FuzzTarget {
    /// The SDK's multipart writer against the test server's parser: a form of fuzzed fields and files (names and
    /// file names of any text, content types of printable ASCII, bodies of any bytes) parses back to the same
    /// parts, in order.
    ///
    /// Input: per part, whether it is a file, then its name, value or file name, content type and body.
    static let multipart = FuzzTarget(name: "Multipart") { bytes in
        var input = FuzzInput(bytes)
        var form = MultipartForm()
        var expected: [MultipartUpload.Part] = []
        while !input.isAtEnd, expected.count < 8 {
            let name = input.string()
            if input.bool() {
                let filename = input.string()
                let contentType = printable(input.string())
                let body = input.shortBytes()
                form.append(name, filename: filename, contentType: contentType, body: .bytes(body))
                expected.append(.init(name: name, filename: filename, contentType: contentType, body: body))
            } else {
                let value = input.string()
                form.append(name, value)
                expected.append(.init(name: name, filename: nil, contentType: nil, body: Array(value.utf8)))
            }
        }
        // A form has at least one part (RFC 7578); the SDK never sends an empty one.
        guard !expected.isEmpty else { return }
        let body = flattened(form.body)
        let parsed: MultipartUpload
        do {
            parsed = try MultipartUpload(Data(body), contentType: form.contentType)
        } catch {
            require(false, "the server rejects the SDK's form \(String(decoding: body, as: UTF8.self)): \(error)")
            return
        }
        let text = String(decoding: body, as: UTF8.self)
        require(parsed.parts.count == expected.count, "\(parsed.parts.count) parts of \(expected.count): \(text)")
        for (part, sent) in zip(parsed.parts, expected) {
            // The encoding of `"`, CR and LF as %22, %0D and %0A (the WHATWG form encoding) leaves a literal `%22`
            // ambiguous, so only names and file names without `%` must come back exactly.
            if !sent.name.contains("%") {
                require(part.name == sent.name, "name \(part.name.debugDescription) for \(sent.name.debugDescription)")
            }
            if let filename = sent.filename, !filename.contains("%") {
                require(
                    part.filename == filename,
                    "file name \(part.filename.debugDescription) for \(filename.debugDescription)")
            }
            require(part.filename == nil || sent.filename != nil, "a file name for a field: \(text)")
            require(part.contentType == sent.contentType, "content type \(part.contentType.debugDescription): \(text)")
            require(part.body == sent.body, "body \(part.body) for \(sent.body): \(text)")
        }
    }

    /// A content type made of `text`'s printable ASCII, other than `"` and `%`, without spaces around it.
    private static func printable(_ text: String) -> String {
        let kept = String(text.unicodeScalars.filter { (0x21...0x7E).contains($0.value) && $0 != "\"" && $0 != "%" })
        return kept.isEmpty ? "application/octet-stream" : kept
    }

    /// The bytes of a body made of byte pieces.
    private static func flattened(_ body: HTTPRequestBody) -> [UInt8] {
        switch body.storage {
        case .bytes(let buffer): Array(buffer.readableBytesView)
        case .concatenation(let parts): parts.flatMap(flattened)
        case .file, .stream: []
        }
    }
}
