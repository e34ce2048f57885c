import Foundation
import MultipartKit
import NIOCore

/// The parts of a `multipart/form-data` request body, read with MultipartKit's parser: an independent reading
/// of what the SDK's own writer sends.
struct MultipartUpload {
    /// One part of the form.
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    /// The parts, in order.
    let parts: [Part]

    /// Reads `body`, sent with `contentType`.
    ///
    /// - Throws: A 400 ``Rejection`` when the body is not multipart, lacks its boundary, or does not parse.
    init(_ body: Data, contentType: String?) throws(Rejection) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty
        else {
            throw Rejection(
                APIErrorReply.invalidFormat("The request must be multipart/form-data with a boundary."))
        }
        var parts: [Part] = []
        var headers: [String: String] = [:]
        var current: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in current += buffer.readableBytesView }
        parser.onPartComplete = {
            let disposition = headers["content-disposition"] ?? ""
            parts.append(
                Part(
                    name: Self.parameter("name", in: disposition) ?? "",
                    filename: Self.parameter("filename", in: disposition), contentType: headers["content-type"],
                    body: current))
            headers = [:]
            current = []
        }
        let bytes = Array(body)
        guard Self.headerNamesAreASCII(bytes, boundary: boundary) else {
            throw Rejection(APIErrorReply.invalidFormat("A part header's name is not ASCII."))
        }
        do {
            try parser.execute(bytes)
        } catch {
            throw Rejection(APIErrorReply.invalidFormat("The multipart body does not parse: \(error)."))
        }
        self.parts = parts
    }

    /// The first part named `name`.
    func part(_ name: String) -> Part? {
        parts.first { $0.name == name }
    }

    /// The value of parameter `name` in a header such as `form-data; name="file"; filename="a.jsonl"`,
    /// unquoted, with the `%22`, `%0D` and `%0A` a browser writes for `"`, CR and LF decoded.
    ///
    /// A quoted value runs to its closing quote, so a `;` or `=` inside it (which the form encoding leaves as
    /// they are) stays in the value.
    static func parameter(_ name: String, in header: String) -> String? {
        var rest = header.unicodeScalars[...]
        guard let first = rest.firstIndex(of: ";") else { return nil }
        rest = rest[rest.index(after: first)...]
        while !rest.isEmpty {
            let keyEnd = rest.firstIndex { $0 == "=" || $0 == ";" } ?? rest.endIndex
            let key = String(rest[..<keyEnd]).trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[keyEnd...]
            guard rest.first == "=" else {
                rest = rest.dropFirst()
                continue
            }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            var value: String
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let close = rest.firstIndex(of: "\"") ?? rest.endIndex
                value = String(rest[..<close])
                rest = rest[close...].dropFirst()
                rest = rest[(rest.firstIndex(of: ";") ?? rest.endIndex)...].dropFirst()
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = String(rest[..<end]).trimmingCharacters(in: .whitespaces)
                rest = rest[end...].dropFirst()
            }
            if key == name { return formDecoded(value) }
        }
        return nil
    }

    /// `text` with the `%22`, `%0D` and `%0A` of the HTML form encoding decoded to `"`, CR and LF.
    ///
    /// Read by Unicode scalar, as the SDK's writer encodes: a combining mark after `%22` joins the last `2` into
    /// another `Character`, so a `Character`-based replacement would leave that escape undecoded.
    static func formDecoded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 2 < scalars.count,
                let decoded = decodedEscape(scalars[index + 1], scalars[index + 2])
            {
                result.append(decoded)
                index += 3
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The scalar that `%` followed by `first` and `second` stands for, when it is one of the three escapes.
    private static func decodedEscape(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        switch (first, second) {
        case ("2", "2"): "\""
        case ("0", "D"): "\r"
        case ("0", "A"): "\n"
        default: nil
        }
    }

    /// Whether the header names of every part in `body` are ASCII. MultipartKit 4.7's parser looks each header
    /// name byte up in a 128-entry table and traps on a byte of 0x80 or more, so such a body must not reach it.
    /// Every line after any `--boundary` up to the blank line that ends the headers is checked, up to its first
    /// `:`: more than the parser reads as names, never less.
    static func headerNamesAreASCII(_ body: [UInt8], boundary: String) -> Bool {
        let delimiter = Array("--\(boundary)".utf8)
        var index = 0
        while let start = firstIndex(of: delimiter, in: body, from: index) {
            index = start + delimiter.count
            var inName = true
            var position = index
            while position < body.count {
                let byte = body[position]
                if byte == UInt8(ascii: "\r"), position + 1 < body.count, body[position + 1] == UInt8(ascii: "\n") {
                    if position + 3 < body.count, body[position + 2] == UInt8(ascii: "\r"),
                        body[position + 3] == UInt8(ascii: "\n")
                    {
                        break
                    }
                    inName = true
                    position += 2
                    continue
                }
                if byte == UInt8(ascii: ":") {
                    inName = false
                } else if inName, byte >= 0x80 {
                    return false
                }
                position += 1
            }
        }
        return true
    }

    /// The index at which `pattern` next occurs in `bytes` from `start`.
    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
