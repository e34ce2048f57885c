import Neosantara

/// The default answers to `GET /v1/models` and `GET /v1/models/{id}`, from the configured catalogue.
///
/// `provider` keeps the models whose `owned_by` equals it, ignoring case; `capability` keeps the models that
/// list it; `include_deprecated` is accepted and changes nothing, since the catalogue marks no model
/// deprecated. An id that is not in the catalogue gets a 404 with the API's error body.
struct ModelCatalogueBehavior {
    let models: [Model]
    let context: ReplyContext

    func list(query: [String: String]) -> Reply {
        var models = self.models
        if let provider = query["provider"]?.lowercased(), !provider.isEmpty {
            models = models.filter { $0.ownedBy?.lowercased() == provider }
        }
        if let capability = query["capability"], !capability.isEmpty {
            models = models.filter { $0.capabilities?.contains(ModelCapability(rawValue: capability)) == true }
        }
        return context.json(ModelsListResponse(data: models, metadata: context.metadata))
    }

    func retrieve(_ id: String) -> Reply {
        guard let model = models.first(where: { $0.id == id }) else { return APIErrorReply.modelNotFound(id) }
        return context.json(model)
    }
}
