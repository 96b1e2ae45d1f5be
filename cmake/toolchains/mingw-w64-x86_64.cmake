# Cross build for 64-bit Windows with Debian's mingw-w64 (GCC, posix threads) against the Qt 6
# SDK for mingw (../shared/thirdparty/qt6-mingw-6.4.2.tar.xz, unpacked by scripts/windows.sh).
# moc, rcc, uic and lrelease come from the host's Qt of the same version (QT_HOST_PATH).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_VERSION 10)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(S2E_MINGW x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${S2E_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${S2E_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${S2E_MINGW}-windres)
set(CMAKE_AR /usr/bin/${S2E_MINGW}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${S2E_MINGW}-ranlib CACHE FILEPATH "")

if(NOT S2E_QT_MINGW)
    set(S2E_QT_MINGW "$ENV{S2E_QT_MINGW}")
endif()
if(NOT S2E_QT_MINGW)
    set(S2E_QT_MINGW /opt/qt6-mingw-6.4.2)
endif()
set(S2E_QT_MINGW "${S2E_QT_MINGW}" CACHE PATH "Qt 6 for x86_64-w64-mingw32")
set(QT_HOST_PATH /usr CACHE PATH "")

set(CMAKE_FIND_ROOT_PATH /usr/${S2E_MINGW} ${S2E_QT_MINGW})
list(APPEND CMAKE_PREFIX_PATH ${S2E_QT_MINGW})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
