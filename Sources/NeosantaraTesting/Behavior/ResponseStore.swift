import NIOConcurrencyHelpers
import Neosantara

/// The responses a ``NeosantaraTestServer`` stores, with their input items, and the background ones on their
/// way to finishing.
final class ResponseStore: Sendable {
    /// A stored response.
    struct Entry: Sendable {
        /// The response as it ends; a background response shows it once its schedule has run.
        var final: Response
        /// The input items of the request that made it, with their ids.
        var inputItems: [ResponseItem]
        /// The words of the conversation up to and including this response, for the next one's usage.
        var conversationWords: Int
        /// The retrieves left before a background response moves on from `queued`, then from `in_progress`;
        /// `nil` for a response that is not in the background or has finished.
        var pendingFetches: (queued: Int, inProgress: Int)?
        /// The status a fetch sees now.
        var status: ResponseStatus

        /// The response as a fetch sees it now.
        var current: Response {
            guard status != final.status else { return final }
            var response = final
            response.status = status
            response.output = []
            response.usage = nil
            response.error = nil
            response.incompleteDetails = nil
            return response
        }
    }

    private let entries = NIOLockedValueBox<[String: Entry]>([:])
    private let order = NIOLockedValueBox<[String]>([])

    /// Every stored response as a fetch would see it now, oldest first.
    var all: [Response] {
        let ids = order.withLockedValue { $0 }
        return entries.withLockedValue { entries in ids.compactMap { entries[$0]?.current } }
    }

    func add(_ entry: Entry) {
        entries.withLockedValue { $0[entry.final.id] = entry }
        order.withLockedValue { $0.append(entry.final.id) }
    }

    func entry(_ id: String) -> Entry? {
        entries.withLockedValue { $0[id] }
    }

    /// The response with `id` as a fetch sees it, after moving a background one on by one fetch, and whether
    /// this fetch finished it.
    func fetch(_ id: String) -> (Response, finished: Bool)? {
        entries.withLockedValue { entries in
            guard var entry = entries[id] else { return nil }
            var finished = false
            if var pending = entry.pendingFetches {
                if entry.status == .queued, pending.queued > 0 {
                    pending.queued -= 1
                } else if entry.status == .queued {
                    entry.status = .inProgress
                }
                if entry.status == .inProgress {
                    if pending.inProgress > 0 {
                        pending.inProgress -= 1
                    } else {
                        entry.status = entry.final.status ?? .completed
                    }
                }
                entry.pendingFetches = entry.status.isTerminal ? nil : pending
                finished = entry.status.isTerminal
                entries[id] = entry
            }
            return (entry.current, finished)
        }
    }

    /// Changes the stored entry with `id`; returns the changed entry, or `nil` when there is none.
    func update(_ id: String, _ change: (inout Entry) -> Void) -> Entry? {
        entries.withLockedValue { entries in
            guard var entry = entries[id] else { return nil }
            change(&entry)
            entries[id] = entry
            return entry
        }
    }

    /// Removes the response with `id`; returns whether there was one.
    func remove(_ id: String) -> Bool {
        order.withLockedValue { $0.removeAll { $0 == id } }
        return entries.withLockedValue { $0.removeValue(forKey: id) != nil }
    }
}
