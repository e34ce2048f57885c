import Foundation

extension OCRRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server; the test
    /// server runs the same checks: a model, an image, and a URL that is `http` or `https` when the image is one.
    package func validate() throws(NeosantaraError) {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        guard !image.isEmpty else { throw .invalidParameter("image", "must not be empty") }
        if imageType ?? .url == .url {
            guard let url = URL(string: image), let scheme = url.scheme?.lowercased(),
                scheme == "http" || scheme == "https", url.host != nil
            else {
                throw .invalidParameter(
                    "image",
                    "must be an http or https URL when image_type is url; send a local file with "
                        + "OCRRequest(imageFile:) or bytes with OCRRequest(imageData:)")
            }
        }
    }
}
