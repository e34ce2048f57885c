import Foundation

/// An independent reading of a PNG file, for tests: the signature, every chunk's CRC-32 (computed bit by bit,
/// without the encoder's table), the header's size and colour type, and the image data when it is stored
/// uncompressed.
struct PNGInspector {
    var width: Int
    var height: Int
    var colourType: UInt8
    var chunkTypes: [String]
    /// The decompressed scanlines, each a filter byte then the pixels.
    var scanlines: [UInt8]

    /// The colour of pixel (`x`, `y`) as red, green and blue, for an RGB image with unfiltered rows.
    func pixel(x: Int, y: Int) -> [UInt8] {
        let start = y * (1 + 3 * width) + 1 + 3 * x
        return Array(scanlines[start..<start + 3])
    }

    /// Reads `data`, or throws a description of what is wrong with it.
    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw Problem("not a PNG signature")
        }
        var offset = 8
        var types: [String] = []
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        while offset + 12 <= bytes.count {
            let length = Int(Self.bigEndian(bytes, offset))
            let typed = Array(bytes[offset + 4..<offset + 8 + length])
            guard Self.bitwiseCRC32(typed) == Self.bigEndian(bytes, offset + 8 + length) else {
                throw Problem("bad CRC in chunk \(types.count)")
            }
            let type = String(decoding: typed.prefix(4), as: UTF8.self)
            types.append(type)
            if type == "IHDR" { header = Array(typed.dropFirst(4)) }
            if type == "IDAT" { compressed += typed.dropFirst(4) }
            offset += 12 + length
        }
        guard header.count == 13, types.first == "IHDR", types.last == "IEND" else {
            throw Problem("bad chunks \(types)")
        }
        width = Int(Self.bigEndian(header, 0))
        height = Int(Self.bigEndian(header, 4))
        colourType = header[9]
        chunkTypes = types
        scanlines = try Self.inflateStored(compressed)
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// The data of a zlib stream of stored deflate blocks.
    private static func inflateStored(_ stream: [UInt8]) throws -> [UInt8] {
        guard stream.count >= 6, (UInt16(stream[0]) << 8 | UInt16(stream[1])) % 31 == 0 else {
            throw Problem("bad zlib header")
        }
        var out: [UInt8] = []
        var offset = 2
        while true {
            let final = stream[offset] & 1 == 1
            guard stream[offset] >> 1 & 3 == 0 else { throw Problem("not a stored block") }
            let length = Int(stream[offset + 1]) | Int(stream[offset + 2]) << 8
            let complement = Int(stream[offset + 3]) | Int(stream[offset + 4]) << 8
            guard length ^ complement == 0xFFFF else { throw Problem("bad stored block length") }
            out += stream[offset + 5..<offset + 5 + length]
            offset += 5 + length
            if final { break }
        }
        return out
    }
}
