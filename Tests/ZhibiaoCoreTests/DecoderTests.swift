import Testing

@testable import ZhibiaoCore

@Suite struct DecoderTests {
    @Test func foldsFullWidthDigitsAndKeepsChinesePunctuation() throws {
        let bytes = Array("城镇新增就业４．８２万人，增长３％".utf8)
        #expect(try Decoder.decode(bytes).text == "城镇新增就业4.82万人，增长3%")
    }

    @Test func stripsBOMAndFoldsCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("一\r\n二\r三".utf8)
        #expect(try Decoder.decode(bytes).text == "一\n二\n三")
    }

    @Test func decodesUTF16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "就业1".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try Decoder.decode(bytes).text == "就业1")
    }

    @Test func rejectsBinary() {
        #expect(throws: Decoder.Failure.binary) { try Decoder.decode([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]) }
    }

    @Test func namesGBKText() {
        // 就业 in GBK: BE CD D2 B5, repeated
        let bytes: [UInt8] = Array(repeating: [0xBE, 0xCD, 0xD2, 0xB5], count: 20).flatMap { $0 }
        #expect(throws: Decoder.Failure.unsupportedEncoding("GB18030/GBK")) { try Decoder.decode(bytes) }
    }

    @Test func replacesStrayInvalidBytesAndReportsTheLine() throws {
        let bytes = Array("第一行\n".utf8) + [0xFF] + Array("第二行就业\n第三行".utf8)
        let result = try Decoder.decode(bytes)
        #expect(result.invalidLines == [2])
        #expect(result.text.hasSuffix("第二行就业\n第三行"))
    }
}
