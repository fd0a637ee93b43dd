import CLibEdit
import Glibc
import ZhibiaoCore

/// Tab in libedit: asks the completion engine about the text before the cursor, inserts the
/// single candidate or the common prefix, and lists the candidates on a second Tab.
enum TabKey {
    static func press(_ editLine: OpaquePointer, _ state: LibEditState) -> UInt8 {
        guard let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        // LineInfo points at the multibyte (UTF-8) form of the line; the cursor is a byte
        // position within it.
        let before = UnsafeRawBufferPointer(
            start: info.pointee.buffer, count: info.pointee.cursor - info.pointee.buffer)
        let after = UnsafeRawBufferPointer(
            start: info.pointee.cursor, count: info.pointee.lastchar - info.pointee.cursor)
        let prefix = String(decoding: before, as: UTF8.self)
        let line = prefix + "\u{0}" + String(decoding: after, as: UTF8.self)
        let result = state.complete(prefix)
        var changed = false
        if let insertion = result.insertion, insertion != result.word {
            // libedit counts characters (wide chars), not bytes, when deleting.
            el_deletestr(editLine, Int32(result.word.unicodeScalars.count))
            guard el_insertstr(editLine, insertion) == 0 else { return UInt8(CC_ERROR) }
            changed = true
        }
        guard result.candidates.count > 1 else {
            state.lastAmbiguousLine = nil
            return UInt8(changed ? CC_REFRESH : CC_REFRESH_BEEP)
        }
        if !changed && state.lastAmbiguousLine == line {
            state.lastAmbiguousLine = nil
            fputs("\n" + CandidateList.layout(result.listing, width: Terminal.columns()), state.output)
            fflush(state.output)
            return UInt8(CC_REDISPLAY)
        }
        state.lastAmbiguousLine = changed ? currentLine(editLine) : line
        return UInt8(changed ? CC_REFRESH : CC_REFRESH_BEEP)
    }

    private static func currentLine(_ editLine: OpaquePointer) -> String? {
        guard let info = el_line(editLine) else { return nil }
        let before = UnsafeRawBufferPointer(
            start: info.pointee.buffer, count: info.pointee.cursor - info.pointee.buffer)
        let after = UnsafeRawBufferPointer(
            start: info.pointee.cursor, count: info.pointee.lastchar - info.pointee.cursor)
        return String(decoding: before, as: UTF8.self) + "\u{0}" + String(decoding: after, as: UTF8.self)
    }
}

/// Lays candidates out in columns that fit the terminal, in display width.
enum CandidateList {
    static func layout(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let shown = items.map { TerminalText.escape($0) }
        let cell = (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let columns = max(1, width / cell)
        let rows = (shown.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let isLast = column == columns - 1 || index + rows >= shown.count
                line += isLast ? shown[index] : DisplayWidth.padded(shown[index], to: cell)
            }
            text += line + "\n"
        }
        return text
    }
}
