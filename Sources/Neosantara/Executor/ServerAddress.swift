import Foundation

/// The pieces of the configured base URL that every request needs, parsed once per client rather than on
/// every call.
struct ServerAddress: Sendable {
    /// `https` or `http`.
    var scheme: String
    /// The host and, when the URL names one, the port, as the request's authority.
    var authority: String
    /// The percent-encoded path below which every route lies, without a trailing slash.
    var basePath: String
    /// The host, for the `server.address` span attribute.
    var host: String
    /// The port, given or implied by the scheme, for the `server.port` span attribute.
    var port: Int

    /// Parses `baseURL`, or returns `nil` when it is not an absolute URL with a scheme and a host.
    init?(baseURL: URL) {
        guard let components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false),
            let scheme = components.scheme, let host = components.host
        else { return nil }
        self.scheme = scheme
        self.host = host
        port = components.port ?? (scheme == "http" ? 80 : 443)
        authority = components.port.map { "\(host):\($0)" } ?? host
        let path = components.percentEncodedPath
        basePath = path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
