extension NeosantaraError {
    /// An ``Kind/invalidRequest`` error about `parameter`, raised before anything is sent.
    static func invalidParameter(_ parameter: String, _ problem: String) -> NeosantaraError {
        NeosantaraError(kind: .invalidRequest, message: "`\(parameter)` \(problem)", parameter: parameter)
    }
}
