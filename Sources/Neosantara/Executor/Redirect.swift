import Foundation
import HTTPTypes

/// A redirect the client follows: a `301`, `302`, `303`, `307` or `308` response with a `Location` to an
/// `http` or `https` URL.
///
/// Following one keeps the method and body for `307` and `308`, and turns any other method into a `GET`
/// without a body for `301`, `302` and `303`, as browsers and the official SDKs do. A hop to another origin
/// (scheme, host or port) carries only the SDK's own harmless headers — `User-Agent`, `Accept` and
/// `x-request-id` — and never again the `Authorization` header, the API key, or any header the caller
/// configured, whatever it holds.
struct Redirect {
    /// The most redirects one call follows.
    static let maximumHops = 5
    /// The headers a hop to another origin keeps.
    static let crossOriginHeaders: Set<HTTPField.Name> = [.userAgent, .accept, RequestExecutor.requestIDField]

    let status: Int
    /// Where the `Location` header points, resolved against the request's URL.
    let target: URL

    /// The redirect `response` asks for, or `nil` when it is not one the client follows.
    init?(_ response: HTTPResponse, request: HTTPRequest) {
        let status = response.status.code
        guard [301, 302, 303, 307, 308].contains(status), let location = response.headerFields[.location],
            let base = URL(string: "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")"),
            let target = URL(string: location, relativeTo: base)?.absoluteURL,
            let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https", target.host != nil
        else { return nil }
        self.status = status
        self.target = target
    }

    /// A hop to `target` for a call that fetches an absolute URL, such as a generated image's: the request
    /// goes there as a `GET`, with the key only when `target` has the base URL's origin.
    init(fetching target: URL) {
        self.status = 302
        self.target = target
    }

    /// The request to send next, and its body.
    ///
    /// - Throws: A ``NeosantaraError`` when the redirect keeps the body and the body was a one-shot sequence
    ///   that has been sent already.
    func follow(from request: HTTPRequest, body: HTTPRequestBody?) throws(NeosantaraError) -> (
        HTTPRequest, HTTPRequestBody?
    ) {
        var next = request
        var nextBody = body
        if status == 307 || status == 308 {
            if let body, !body.isReplayable, body.hasBeenRead {
                throw NeosantaraError(
                    kind: .unexpectedStatus,
                    message: "the server answered \(status) to \(Self.origin(of: target)), which needs the body sent "
                        + "again, but the body was a one-shot sequence that has been sent already",
                    status: status)
            }
        } else if request.method != .get && request.method != .head {
            next.method = .get
            nextBody = nil
            next.headerFields[.contentType] = nil
            next.headerFields[.contentLength] = nil
        }
        let components = URLComponents(url: target, resolvingAgainstBaseURL: false)
        let host = components?.host ?? ""
        let hostText = host.contains(":") ? "[\(host)]" : host
        next.scheme = target.scheme?.lowercased()
        next.authority = components?.port.map { "\(hostText):\($0)" } ?? hostText
        let path = components?.percentEncodedPath ?? ""
        next.path = (path.isEmpty ? "/" : path) + (components?.percentEncodedQuery.map { "?" + $0 } ?? "")
        if Self.origin(of: request) != Self.origin(of: target) {
            next.headerFields = HTTPFields(request.headerFields.filter { Self.crossOriginHeaders.contains($0.name) })
        }
        return (next, nextBody)
    }

    /// Scheme, host and port, lowercased, with the scheme's default port filled in.
    static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? ""
        let port = url.port ?? (scheme == "http" ? 80 : 443)
        return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
    }

    /// The origin `request` is sent to.
    static func origin(of request: HTTPRequest) -> String {
        let url = URL(string: "\(request.scheme ?? "https")://\(request.authority ?? "")/")
        return url.map(origin(of:)) ?? ""
    }
}
