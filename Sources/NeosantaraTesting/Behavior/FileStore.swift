import Foundation
import NIOConcurrencyHelpers
import Neosantara

/// The files a ``NeosantaraTestServer`` holds, in memory, in the order they were uploaded.
final class FileStore: Sendable {
    private struct State {
        var files: [NeosantaraTestServer.StoredFile] = []
        var uploads = 0
    }

    private let state = NIOLockedValueBox(State())

    /// Every file, oldest first.
    var all: [NeosantaraTestServer.StoredFile] {
        state.withLockedValue { $0.files }
    }

    /// Stores `content` as a new file, `file-test-1` and on, and returns its description.
    func add(filename: String, purpose: FilePurpose, content: Data, now: Date) -> FileObject {
        state.withLockedValue { state in
            state.uploads += 1
            let file = FileObject(
                id: "file-test-\(state.uploads)", bytes: Int64(content.count),
                createdAt: Int(now.timeIntervalSince1970), filename: filename, purpose: purpose, status: .processed)
            state.files.append(NeosantaraTestServer.StoredFile(file: file, content: content))
            return file
        }
    }

    /// The file with `id`, if there is one.
    func file(_ id: String) -> NeosantaraTestServer.StoredFile? {
        state.withLockedValue { $0.files.first { $0.file.id == id } }
    }

    /// Removes the file with `id`; returns whether there was one.
    func remove(_ id: String) -> Bool {
        state.withLockedValue { state in
            guard let index = state.files.firstIndex(where: { $0.file.id == id }) else { return false }
            state.files.remove(at: index)
            return true
        }
    }
}

extension NeosantaraTestServer {
    /// A file the server holds: its description and its bytes.
    public struct StoredFile: Hashable, Sendable {
        /// What `GET /v1/files/{id}` answers for it.
        public var file: FileObject
        /// Its content.
        public var content: Data
    }
}
