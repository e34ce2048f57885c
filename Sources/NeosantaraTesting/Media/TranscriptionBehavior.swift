import Foundation
import HTTPTypes
import Neosantara

/// The default answer to `POST /v1/audio/transcriptions`: a transcription built from the upload itself, its
/// name and size, as if the audio were 16,000 bytes a second (128 kbit/s).
///
/// The text is `Transcription of rapat.mp3: 48000 bytes of audio.`; a `prompt` is appended as
/// ` Prompt: …`. `verbose_json` adds `task`, `language` (the request's, else `id`), `duration` and two
/// segments that split the audio in half, the first with the text up to its colon.
struct TranscriptionBehavior {
    /// The bytes of audio counted as one second.
    static let bytesPerSecond = 16_000.0

    let context: ReplyContext

    func reply(_ request: RecordedRequest) throws(Rejection) -> Reply {
        let form = try MultipartUpload(request.body, contentType: request.headers[.contentType])
        guard let file = form.part("file"), let filename = file.filename else {
            throw Rejection(APIErrorReply.missingParameter("file"))
        }
        func field(_ name: TranscriptionRequest.Field) -> String? {
            form.part(name.stringValue).map { String(decoding: $0.body, as: UTF8.self) }
        }
        try RequestValidation.validate { () throws(NeosantaraError) in
            try AudioFile.checkType(of: filename)
            try AudioFile.checkSize(Int64(file.body.count))
        }
        guard let model = field(.model), !model.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Rejection(APIErrorReply.missingParameter("model"))
        }
        if let text = field(.temperature) {
            guard let temperature = Double(text) else {
                throw Rejection(APIErrorReply.invalidParameter("temperature", "`temperature` must be a number."))
            }
            try RequestValidation.validate {
                () throws(NeosantaraError) in try MediaParameterLimits.api.transcriptionTemperature.check(temperature)
            }
        }
        let format = TranscriptionResponseFormat(rawValue: field(.responseFormat) ?? "json")
        var text = "Transcription of \(filename): \(file.body.count) bytes of audio."
        if let prompt = field(.prompt), !prompt.isEmpty {
            text += " Prompt: \(prompt)"
        }
        switch format {
        case .json:
            return context.json(Transcription(text: text))
        case .text:
            var headers = context.headers
            headers[.contentType] = "text/plain; charset=utf-8"
            return Reply(status: .ok, headers: headers, body: .whole(Array(text.utf8)))
        case .verboseJSON:
            let duration = (Double(file.body.count) / Self.bytesPerSecond * 100).rounded() / 100
            let colon = text.firstIndex(of: ":").map { text.index(after: $0) } ?? text.endIndex
            let segments = [
                TranscriptionSegment(id: 0, start: 0, end: duration / 2, text: String(text[..<colon])),
                TranscriptionSegment(
                    id: 1, start: duration / 2, end: duration,
                    text: String(text[colon...]).trimmingCharacters(in: .whitespaces)),
            ]
            return context.json(
                Transcription(
                    text: text, task: "transcribe", language: field(.language) ?? "id", duration: duration,
                    segments: segments))
        default:
            throw Rejection(
                APIErrorReply.invalidParameter(
                    "response_format", "`response_format` must be `json`, `text` or `verbose_json`, not `\(format)`."))
        }
    }
}
