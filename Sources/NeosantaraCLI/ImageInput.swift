import ArgumentParser
import Foundation

/// An `--image` value as the URL to send: web URLs as they are, local files as `data:` URLs.
enum ImageInput {
    static func url(for value: String) throws -> String {
        if let url = URL(string: value), let scheme = url.scheme?.lowercased(),
            ["http", "https", "data"].contains(scheme)
        {
            return value
        }
        let path = (value as NSString).expandingTildeInPath
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("--image \(value): no such file, and not an http(s) URL")
        }
        return "data:\(mediaType(of: path));base64,\(data.base64EncodedString())"
    }

    private static func mediaType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "png": "image/png"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "heic": "image/heic"
        default: "image/jpeg"
        }
    }
}
