import Foundation
import HTTPTypes

/// `POST /ocr`: the text in an image, from a URL, bytes, or a local file the SDK encodes.
///
/// ```swift
/// let result = try await client.ocr.create(try OCRRequest(imageFile: URL(fileURLWithPath: "ktp.jpg")))
/// print(result.extractedText ?? "")
/// ```
public struct OCR: Sendable {
    let executor: RequestExecutor

    /// Reads the text in an image.
    ///
    /// - Throws: ``NeosantaraError``; an empty image or a URL that is not `http` or `https` fails before
    ///   anything is sent.
    public func create(_ request: OCRRequest, options: RequestOptions = RequestOptions())
        async throws(NeosantaraError) -> APIResponse<OCRResponse>
    {
        try request.validate()
        return try await executor.send(
            Route(method: .post, path: "/ocr", operation: "ocr", model: request.model), .json(request),
            options: options)
    }
}
