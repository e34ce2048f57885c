import Foundation
import Neosantara

extension RequestValidation {
    /// The Responses request in `body`, checked as the SDK checks it.
    static func responsesRequest(_ body: Data) throws(Rejection) -> ResponsesRequest {
        let object = try jsonObject(body)
        try requireModel(object)
        let request = try decode(ResponsesRequest.self, body)
        try validate(request.validate)
        return request
    }
}
