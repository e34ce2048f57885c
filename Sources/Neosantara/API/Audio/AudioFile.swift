import Foundation

/// The audio to transcribe: a file on disk, read as it is sent, or bytes in memory, with the name the server
/// sees. The name's extension gives the type: mp3, m4a, wav, webm, ogg or flac.
///
/// ```swift
/// let meeting = AudioFile(URL(fileURLWithPath: "rapat.mp3"))
/// let clip = AudioFile(recordedBytes, filename: "clip.wav")
/// ```
public struct AudioFile: Sendable {
    enum Source: Sendable {
        case file(URL)
        case data(Data)
    }

    let source: Source
    /// The file name sent with the upload; its extension names the audio's type.
    public var filename: String

    /// Audio read from the file at `url` as it is sent, named as the file is unless `filename` says otherwise.
    public init(_ url: URL, filename: String? = nil) {
        source = .file(url)
        self.filename = filename ?? url.lastPathComponent
    }

    /// Audio in memory, sent under `filename`.
    public init(_ data: Data, filename: String) {
        source = .data(data)
        self.filename = filename
    }

    /// The extensions the API transcribes.
    public static let supportedExtensions: Set<String> = ["mp3", "m4a", "wav", "webm", "ogg", "flac"]

    /// The body to upload, checked first: a known type, a file that exists, and at most
    /// ``MediaParameterLimits/audioFileSize`` bytes.
    ///
    /// - Throws: An ``NeosantaraError/Kind/invalidRequest`` error naming `file`.
    func body() throws(NeosantaraError) -> HTTPRequestBody {
        try Self.checkType(of: filename)
        let body: HTTPRequestBody
        switch source {
        case .file(let url): body = try HTTPRequestBody.file(at: url)
        case .data(let data): body = .bytes(data)
        }
        try Self.checkSize(body.length ?? 0)
        return body
    }

    /// Checks that `filename` ends with one of ``supportedExtensions``.
    package static func checkType(of filename: String) throws(NeosantaraError) {
        let ext = filename.split(separator: ".").count > 1 ? filename.split(separator: ".").last.map(String.init) : nil
        guard let ext, supportedExtensions.contains(ext.lowercased()) else {
            throw .invalidParameter(
                "file",
                "must be audio of type \(supportedExtensions.sorted().joined(separator: ", ")); "
                    + "\"\(filename)\" has \(ext.map { "the unknown extension .\($0)" } ?? "no extension")")
        }
    }

    /// Checks that `size` bytes are within the API's limit.
    package static func checkSize(_ size: Int64) throws(NeosantaraError) {
        let limit = MediaParameterLimits.api.audioFileSize
        guard !limit.contains(size) else { return }
        guard size > 0 else { throw .invalidParameter("file", "is empty: there is no audio to transcribe") }
        throw .invalidParameter(
            "file", "must be at most \(limit.maximum ?? 0) bytes (25 MiB), but it is \(size) bytes")
    }
}
