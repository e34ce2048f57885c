/// The media type to send a file part as, from its file name's extension.
enum MediaType {
    private static let byExtension: [String: String] = [
        "jsonl": "application/jsonl", "json": "application/json", "txt": "text/plain", "csv": "text/csv",
        "md": "text/markdown", "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "mp3": "audio/mpeg", "m4a": "audio/mp4",
        "wav": "audio/wav", "webm": "audio/webm", "ogg": "audio/ogg", "flac": "audio/flac", "mp4": "video/mp4",
    ]

    /// The type for `filename`, or `application/octet-stream` for an extension the table does not know.
    static func forFile(named filename: String) -> String {
        guard let dot = filename.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[filename[filename.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
