import Foundation
import NIOCore
import SystemPackage

/// Reads and writes local files in chunks, for request bodies sent from a file and responses saved to one.
///
/// Reads and writes are plain system calls on the calling thread: on a local disk they take microseconds per
/// chunk, far less than the network they feed.
enum LocalFile {
    /// How many bytes a file body reads at a time.
    static let chunkSize = 64 * 1024

    /// The size of the regular file at `url`, after checking that it can be opened for reading.
    ///
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` that names the file
    ///   and says what is wrong.
    static func size(of url: URL) throws(NeosantaraError) -> Int64 {
        guard url.isFileURL else { throw problem(url, "is not a file URL") }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw problem(url, "does not exist")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw problem(url, "is not a regular file")
        }
        do {
            try SystemPackage.FileDescriptor.open(FilePath(url.path), .readOnly).close()
        } catch {
            throw problem(url, "cannot be read (\(error))")
        }
        return (attributes[.size] as? NSNumber)?.int64Value ?? 0
    }

    private static func problem(_ url: URL, _ reason: String) -> NeosantaraError {
        NeosantaraError(kind: .invalidRequest, message: "the file \(url.path) \(reason)", parameter: "file")
    }

    /// Reads a file of a known size in chunks.
    final class Reader {
        private let descriptor: SystemPackage.FileDescriptor
        private let path: String
        private let size: Int64
        private var offset: Int64 = 0

        init(path: String, size: Int64) throws {
            descriptor = try SystemPackage.FileDescriptor.open(FilePath(path), .readOnly)
            self.path = path
            self.size = size
        }

        deinit {
            try? descriptor.close()
        }

        /// The next chunk, or `nil` once `size` bytes have been read.
        ///
        /// - Throws: An error reading, or a ``NeosantaraError`` when the file became shorter since its size was
        ///   taken.
        func next() throws -> ByteBuffer? {
            guard offset < size else { return nil }
            let count = Int(min(Int64(LocalFile.chunkSize), size - offset))
            var buffer = ByteBufferAllocator().buffer(capacity: count)
            let read = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { [descriptor, offset] in
                try descriptor.read(
                    fromAbsoluteOffset: offset, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<count]))
            }
            guard read > 0 else {
                throw NeosantaraError(
                    kind: .invalidRequest,
                    message: "the file \(path) became shorter while it was sent (\(offset) of \(size) bytes)",
                    parameter: "file")
            }
            offset += Int64(read)
            return buffer
        }
    }
}
