import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat

/// `POST /images/generations`: images from a prompt, and their bytes whether they came inline or as URLs.
///
/// ```swift
/// let response = try await client.images.generate(
///     model: "neosantara-gen-2045", prompt: "batik pattern, blue", size: "512x512")
/// for image in response.data {
///     let png = try await client.images.data(of: image)
///     try png.write(to: URL(fileURLWithPath: "batik.png"))
/// }
/// ```
///
/// An image URL is fetched through the client like any call — retried, logged, with its timeouts — and the
/// API key goes with it only when the URL is on the client's own server.
public struct Images: Sendable {
    let executor: RequestExecutor

    /// Generates images.
    ///
    /// - Throws: ``NeosantaraError``; an invalid request (a prompt over 4,000 characters, `n` outside 1–4, a
    ///   size that is not `WIDTHxHEIGHT`, `steps` outside 1–50) fails before anything is sent.
    public func generate(_ request: ImageGenerationRequest, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<ImagesResponse>
    {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/images/generations", operation: "image_generation", model: request.model),
            .json(request), options: options)
    }

    /// Generates `n` images of `size` from `prompt`.
    ///
    /// - Parameters:
    ///   - model: The image model, for example `"neosantara-gen-2045"`.
    ///   - prompt: What to draw: 1 to 4,000 characters.
    ///   - n: How many images, 1 to 4; one when `nil`.
    ///   - size: `WIDTHxHEIGHT`; the server's default (`1024x1024`) when `nil`.
    ///   - responseFormat: URLs (the server's default) or base64.
    ///   - options: Settings for this call only.
    public func generate(
        model: String,
        prompt: String,
        n: Int? = nil,
        size: String? = nil,
        responseFormat: ImageResponseFormat? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(NeosantaraError) -> APIResponse<ImagesResponse> {
        try await generate(
            ImageGenerationRequest(model: model, prompt: prompt, n: n, size: size, responseFormat: responseFormat),
            options: options)
    }

    /// The bytes of a generated image: its base64 decoded, or its URL fetched.
    ///
    /// - Parameters:
    ///   - image: One of ``ImagesResponse/data``.
    ///   - maximumSize: The most bytes to accept from a URL; 64 MiB by default.
    ///   - options: Settings for fetching the URL.
    /// - Throws: ``NeosantaraError``: base64 that does not decode, an image with neither form, or a failed
    ///   fetch.
    public func data(
        of image: GeneratedImage, maximumSize: Int = 64 * 1024 * 1024, options: RequestOptions = RequestOptions()
    )
        async throws(NeosantaraError) -> Data
    {
        if let b64 = image.b64JSON {
            guard let data = image.inlineData else {
                throw NeosantaraError(
                    kind: .decoding, message: "the image's b64_json (\(b64.count) characters) is not base64")
            }
            return data
        }
        let stream = try await executor.bytes(try Self.route(for: image), options: options)
        return try await stream.collect(upTo: maximumSize)
    }

    /// Saves a generated image to `destination`: its base64 decoded, or its URL streamed to disk.
    ///
    /// - Returns: The saved file.
    @discardableResult
    public func download(_ image: GeneratedImage, to destination: URL, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> DownloadedFile
    {
        if image.b64JSON != nil {
            let data = try await data(of: image, options: options)
            let writer = try LocalFile.Writer(destination: destination)
            do {
                try writer.write(ByteBuffer(data: data))
                try writer.commit()
            } catch {
                throw NeosantaraError(
                    kind: .localFile, message: "cannot write the image to \(destination.path): \(error)",
                    underlying: error)
            }
            return DownloadedFile(url: destination, byteCount: Int64(data.count), contentType: nil)
        }
        return try await executor.download(
            try Self.route(for: image), to: destination, options: options, onProgress: nil
        )
        .value
    }

    /// The call that fetches an image's URL.
    private static func route(for image: GeneratedImage) throws(NeosantaraError) -> Route {
        guard let text = image.url else {
            throw NeosantaraError(kind: .decoding, message: "the image has neither a url nor b64_json")
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else {
            throw NeosantaraError(kind: .decoding, message: "the image's url is not an http or https URL: \(text)")
        }
        var route = Route(method: .get, path: "", operation: "image_content")
        route.absoluteURL = url
        return route
    }
}
