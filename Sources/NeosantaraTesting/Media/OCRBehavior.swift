import Foundation
import Neosantara

/// The default answer to `POST /v1/ocr`: text derived from the image.
///
/// For a base64 image (with or without a `data:` prefix) the text names the bytes: `Text read from a 64x48
/// PNG image of 1234 bytes (checksum 9e3779b9).`, the size given for a PNG, the checksum FNV-1a of the bytes.
/// For a URL it names the URL: `Text read from the image at https://…`. A `prompt` is appended as
/// ` Prompt: …`. `return_image` echoes the image as `image`; `async` answers a queued job (`id`, `status`
/// `queued`) with no text.
struct OCRBehavior {
    let context: ReplyContext

    func reply(_ body: Data) throws(Rejection) -> Reply {
        let request = try RequestValidation.decode(OCRRequest.self, body)
        try RequestValidation.validate(request.validate)
        let type = request.imageType ?? .url
        var fields: [String: JSONValue] = ["object": "ocr", "created": .int(context.created)]
        let id = "ocr-test-\(context.sequence)"
        if request.async == true {
            return context.json(
                OCRResponse(extractedText: nil, model: request.model, id: id, status: "queued", fields: fields))
        }
        var text: String
        switch type {
        case .url:
            text = "Text read from the image at \(request.image)."
        case .base64:
            text = "Text read from \(try Self.describe(base64: request.image))."
        default:
            throw Rejection(
                APIErrorReply.invalidParameter("image_type", "`image_type` must be `url` or `base64`, not `\(type)`."))
        }
        if let prompt = request.prompt, !prompt.isEmpty {
            text += " Prompt: \(prompt)"
        }
        if request.returnImage == true {
            fields["image"] = .string(request.image)
        }
        return context.json(
            OCRResponse(extractedText: text, model: request.model, id: id, status: "completed", fields: fields))
    }

    /// `a 64x48 PNG image of 1234 bytes (checksum …)`, or `an image of …` for bytes that are not a PNG.
    static func describe(base64: String) throws(Rejection) -> String {
        var encoded = Substring(base64)
        if encoded.hasPrefix("data:"), let comma = encoded.firstIndex(of: ",") {
            encoded = encoded[encoded.index(after: comma)...]
        }
        guard let data = Data(base64Encoded: String(encoded)) else {
            throw Rejection(APIErrorReply.invalidParameter("image", "`image` is not valid base64."))
        }
        let bytes = [UInt8](data)
        var checksum: UInt32 = 2_166_136_261
        for byte in bytes {
            checksum = (checksum ^ UInt32(byte)) &* 16_777_619
        }
        let tail = "of \(bytes.count) bytes (checksum \(String(checksum, radix: 16)))"
        if bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            let number = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
            return "a \(number(16))x\(number(20)) PNG image " + tail
        }
        return "an image " + tail
    }
}
