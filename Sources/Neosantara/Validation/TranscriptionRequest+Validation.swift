extension TranscriptionRequest {
    /// Checks what the API constrains, so that a bad request fails here rather than on the server, and returns
    /// the form to send: the audio's type and size (at most 25 MiB), a model, a temperature of 0 to 1.
    func form() throws(NeosantaraError) -> MultipartForm {
        guard model.hasContent else { throw .invalidParameter("model", "must not be empty") }
        try MediaParameterLimits.api.transcriptionTemperature.check(temperature)
        let body = try file.body()
        var form = MultipartForm()
        form.append(Field.model.stringValue, model)
        if let language { form.append(Field.language.stringValue, language) }
        if let prompt { form.append(Field.prompt.stringValue, prompt) }
        if let responseFormat { form.append(Field.responseFormat.stringValue, responseFormat.rawValue) }
        if let temperature { form.append(Field.temperature.stringValue, String(temperature)) }
        form.append(
            Field.file.stringValue, filename: file.filename, contentType: MediaType.forFile(named: file.filename),
            body: body)
        return form
    }
}
