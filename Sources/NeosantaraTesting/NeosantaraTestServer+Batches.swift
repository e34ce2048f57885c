import Foundation
import HTTPTypes
import Neosantara

extension NeosantaraTestServer {
    /// The batches the server holds, oldest first, as `GET /v1/batches/{id}` describes them now.
    public var storedBatches: [Batch] {
        batches.all
    }

    /// Moves batch `id` one step on, and returns it; `nil` when there is no such batch.
    ///
    /// | status | the step |
    /// |---|---|
    /// | `validating` | checks the input file: `in_progress` with `request_counts.total`, or `failed` with `errors` |
    /// | `in_progress` | runs the next ``Configuration/batchRequestsPerStep`` requests (all by default); `finalizing` once all ran |
    /// | `finalizing` | writes the output and error files; `completed` |
    ///
    /// Each request runs as if it had been sent on its own: through the next ``ScriptedReply`` queued for its
    /// route, or the default behaviour. A batch that has ended is returned unchanged.
    ///
    /// ```swift
    /// server.enqueue(.error(status: 400, APIError(message: "bad")), for: .chatCompletions)   // line 1 fails
    /// let batch = try await client.batches.create(inputFileID: file.id, endpoint: .chatCompletions)
    /// let done = await server.finishBatch(batch.id)
    /// #expect(done?.requestCounts?.failed == 1)
    /// ```
    @discardableResult
    public func advanceBatch(_ id: String) async -> Batch? {
        let now = Date()
        guard let step = batches.beginStep(id, requestsPerStep: configuration.batchRequestsPerStep) else {
            return batches.batch(id)
        }
        defer { announceIfEnded(batches.batch(id), now: now) }
        switch step {
        case .validate(let inputFileID, _):
            batches.validated(id, input: inputFileID.flatMap { files.file($0)?.content }, now: now)
        case .run(let lines):
            var results: [BatchLineResult] = []
            for line in lines {
                results.append(await run(line, of: id))
            }
            batches.record(results, of: id, now: now)
        case .finalize:
            batches.complete(id, files: files, now: now)
        }
        return batches.endStep(id)
    }

    /// Moves batch `id` on until it ends, and returns it; `nil` when there is no such batch.
    @discardableResult
    public func finishBatch(_ id: String) async -> Batch? {
        var batch = batches.batch(id)
        while let current = batch, !current.status.isTerminal {
            batch = await advanceBatch(id)
            if batch == current { break }
        }
        return batch
    }

    /// Expires batch `id` as if its completion window had passed: the requests that did not run go to the error
    /// file with code `batch_expired` and count as failed, and the batch is `expired`. Returns the batch; one
    /// that has ended is returned unchanged.
    @discardableResult
    public func expireBatch(_ id: String) -> Batch? {
        let now = Date()
        let wasRunning = batches.batch(id).map { !$0.status.isTerminal } ?? false
        let batch = batches.expire(id, files: files, now: now)
        if wasRunning { announceIfEnded(batch, now: now) }
        return batch
    }

    /// Delivers the `batch.<status>` webhook event (`batch.completed`, `batch.failed`, `batch.expired` or
    /// `batch.cancelled`) to ``Configuration/webhook`` when `batch` has ended.
    func announceIfEnded(_ batch: Batch?, now: Date) {
        guard let batch, batch.status.isTerminal, let endpoint = configuration.webhook else { return }
        let status = batch.status == .canceled ? "cancelled" : batch.status.rawValue
        WebhookDelivery(endpoint: endpoint).deliver(
            "batch." + status, objectID: batch.id, eventID: "evt_test_\(batch.id)_\(status)", now: now)
    }

    /// The result of one request of batch `batchID`, sent through the server's own routes.
    private func run(_ line: BatchInputLine, of batchID: String) async -> BatchLineResult {
        let requestID = "req_\(batchID)_\(line.number)"
        let route = Route.match(.post, path: line.url)?.route
        let request = RecordedRequest(
            method: .post, path: line.url, target: line.url, headers: [.contentType: "application/json"],
            body: line.body, route: route)
        let context = ReplyContext(requestID: requestID, sequence: line.number, now: Date())
        let reply: Reply
        if let route {
            reply = await TestServerResponder(server: self).reply(to: request, route, parameter: nil, context: context)
        } else {
            reply = APIErrorReply.unknownPath(.post, line.url)
        }
        return BatchLineResult(line: line, reply: reply, requestID: requestID)
    }
}
