# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build directory: one package with the three executables, the launcher entry, the AppStream
# metainfo and the icons, installed under /usr. The library dependencies come from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME pipescope)
set(CPACK_PACKAGE_VENDOR "The PipeScope authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The PipeScope authors <pipescope@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS python3)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description (CPack indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PipeScope teaches how a parent process talks to a child through pipes, with
the options of Python's subprocess.Popen. It spawns a real child and shows,
one real system call at a time, every handle being created, inherited,
duplicated and closed, with both processes' real fd tables.")
set(CPACK_GENERATOR DEB)
include(CPack)
