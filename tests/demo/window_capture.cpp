// window_capture.cpp — window_capture.exe HWND FILE.ppm: writes what the
// Windows window HWND shows (its client area) to FILE as a binary PPM, which
// Tk's photo images read.  The demo's --screenshot uses it on Windows
// (TKEXT_WINDOW_CAPTURE), where ImageMagick's `import` cannot reach a window;
// the Tk interpreter then writes the PNG itself.  Built only for Windows.
#include <windows.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: window_capture HWND FILE.ppm\n");
        return 2;
    }
    HWND window = reinterpret_cast<HWND>(static_cast<std::uintptr_t>(std::strtoull(argv[1], nullptr, 0)));
    RECT area;
    if (!IsWindow(window) || !GetClientRect(window, &area)) {
        std::fprintf(stderr, "window_capture: no window %s\n", argv[1]);
        return 1;
    }
    const int width = area.right - area.left;
    const int height = area.bottom - area.top;
    if (width <= 0 || height <= 0) {
        std::fprintf(stderr, "window_capture: window %s is empty (%dx%d)\n", argv[1], width, height);
        return 1;
    }

    // Copy the window's pixels into a top-down 32-bit DIB, read through its
    // top-level window's DC (which shows the children too): under Wine a
    // child window's own DC cannot be read, and Tk's "." is such a child.
    HWND top = GetAncestor(window, GA_ROOT);
    if (top == nullptr) top = window;
    POINT origin{0, 0};
    MapWindowPoints(window, top, &origin, 1);
    HDC source = GetDC(top);
    HDC memory = CreateCompatibleDC(source);
    BITMAPINFO info{};
    info.bmiHeader.biSize = sizeof(info.bmiHeader);
    info.bmiHeader.biWidth = width;
    info.bmiHeader.biHeight = -height;
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    info.bmiHeader.biCompression = BI_RGB;
    void* bits = nullptr;
    HBITMAP bitmap = CreateDIBSection(memory, &info, DIB_RGB_COLORS, &bits, nullptr, 0);
    HGDIOBJ previous = SelectObject(memory, bitmap);
    const bool copied = bitmap != nullptr &&
                        BitBlt(memory, 0, 0, width, height, source, origin.x, origin.y, SRCCOPY);
    GdiFlush();

    int status = 1;
    if (!copied) {
        std::fprintf(stderr, "window_capture: cannot copy window %s\n", argv[1]);
    } else if (FILE* out = std::fopen(argv[2], "wb")) {
        // PPM wants RGB; the DIB holds BGRx.
        const auto* pixels = static_cast<const unsigned char*>(bits);
        std::vector<unsigned char> row(static_cast<std::size_t>(width) * 3);
        std::fprintf(out, "P6\n%d %d\n255\n", width, height);
        bool written = true;
        for (int y = 0; y < height && written; ++y) {
            const unsigned char* line = pixels + static_cast<std::size_t>(y) * width * 4;
            for (int x = 0; x < width; ++x) {
                row[x * 3 + 0] = line[x * 4 + 2];
                row[x * 3 + 1] = line[x * 4 + 1];
                row[x * 3 + 2] = line[x * 4 + 0];
            }
            written = std::fwrite(row.data(), 1, row.size(), out) == row.size();
        }
        status = (std::fclose(out) == 0 && written) ? 0 : 1;
        if (status != 0) std::fprintf(stderr, "window_capture: cannot write %s\n", argv[2]);
    } else {
        std::fprintf(stderr, "window_capture: cannot open %s\n", argv[2]);
    }

    SelectObject(memory, previous);
    if (bitmap != nullptr) DeleteObject(bitmap);
    DeleteDC(memory);
    ReleaseDC(top, source);
    return status;
}
