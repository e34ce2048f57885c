import Foundation
import HTTPTypes
import Neosantara

/// The default answer to `POST /v1/images/generations`: `n` real PNG images of the requested size, each a
/// vertical gradient between two colours derived from the prompt and the image's index, inline as base64 or
/// behind a URL on the test server (`GET /v1/images/files/{id}`) that serves the same bytes.
struct ImageBehavior {
    /// The largest width or height the test server draws, so that a typo cannot ask it for gigabytes.
    static let maximumSide = 4096

    let baseURL: URL
    let context: ReplyContext

    /// `POST /v1/images/generations`.
    func generate(_ body: Data) throws(Rejection) -> Reply {
        try RequestValidation.requireModel(try RequestValidation.jsonObject(body))
        let request = try RequestValidation.decode(ImageGenerationRequest.self, body)
        try RequestValidation.validate(request.validate)
        let size = request.size ?? "1024x1024"
        let (width, height) = try Self.dimensions(size)
        let format = request.responseFormat ?? .url
        guard format == .url || format == .base64JSON else {
            throw Rejection(
                APIErrorReply.invalidParameter(
                    "response_format", "`response_format` must be `url` or `b64_json`, not `\(format)`."))
        }
        let count = request.n ?? 1
        let images = (0..<count).map { index in
            let name = ImageFileName(
                sequence: context.sequence, index: index, width: width, height: height,
                seed: Self.seed(request.prompt, index))
            let revised = "\(request.prompt) (image \(index + 1) of \(count), \(width)x\(height))"
            return format == .url
                ? GeneratedImage(
                    url: baseURL.appendingPathComponent("images/files/\(name.text)").absoluteString,
                    revisedPrompt: revised)
                : GeneratedImage(b64JSON: Data(name.png()).base64EncodedString(), revisedPrompt: revised)
        }
        return context.json(ImagesResponse(created: context.created, data: images, metadata: context.metadata))
    }

    /// `GET /v1/images/files/{id}`: the PNG an image URL names, drawn again from its name.
    func file(_ id: String) -> Reply {
        guard let name = ImageFileName(id) else {
            return APIErrorReply.reply(
                .notFound, APIError(message: "No such image: `\(id)`.", type: .invalidRequest, code: "image_not_found"))
        }
        var headers = context.headers
        headers[.contentType] = "image/png"
        return Reply(status: .ok, headers: headers, body: .whole(name.png()))
    }

    /// The width and height of `size`, each at most ``maximumSide``.
    private static func dimensions(_ size: String) throws(Rejection) -> (Int, Int) {
        let dimensions: (width: Int, height: Int)
        do {
            dimensions = try ImageGenerationRequest.dimensions(of: size)
        } catch {
            throw Rejection(APIErrorReply.invalidParameter("size", error.message + "."))
        }
        guard dimensions.width <= maximumSide, dimensions.height <= maximumSide else {
            throw Rejection(
                APIErrorReply.invalidParameter(
                    "size", "The test server draws images of at most \(maximumSide) pixels a side, not \(size)."))
        }
        return dimensions
    }

    /// A number from the prompt and index (FNV-1a), the same on every run.
    static func seed(_ prompt: String, _ index: Int) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in Array(prompt.utf8) + [UInt8(truncatingIfNeeded: index)] {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }
}
