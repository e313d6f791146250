# The Windows installer (CPack NSIS), included by installer/CMakeLists.txt. Layout installed:
#   INSTDIR\bin\revq.exe, revq-cli.exe and the DLLs they need
#   INSTDIR\share\revq\forms, templates, locale   (found by src/core/data_paths.cpp)
# Registers *.revq response files to open in revq (double-click), adds a Start menu entry,
# and offers to put INSTDIR\bin on PATH for revq-cli. installer/windows/README.md says how to
# build it (MSYS2 or vcpkg) and what remains to check on Windows.

set(CPACK_NSIS_PACKAGE_NAME "revq ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "revq: review questionnaire on the Trafficking in Persons Protocol")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/revq.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/revq.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\revq.exe")
set(CPACK_NSIS_MENU_LINKS "bin/revq.exe" "revq")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CONTACT "dev@revq.invalid")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Per-machine install under Program Files; the response files stay wherever users keep them.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")

# File association: .revq -> revq.Response -> "INSTDIR\bin\revq.exe" "%1".
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\.revq" "" "revq.Response"
  WriteRegStr HKLM "Software\Classes\.revq" "Content Type" "application/x-revq+xml"
  WriteRegStr HKLM "Software\Classes\revq.Response" "" "revq response"
  WriteRegStr HKLM "Software\Classes\revq.Response\DefaultIcon" "" "$INSTDIR\bin\revq.exe,0"
  WriteRegStr HKLM "Software\Classes\revq.Response\shell\open\command" "" '"$INSTDIR\bin\revq.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKLM "Software\Classes\.revq" ""
  StrCmp $0 "revq.Response" 0 +2
    DeleteRegKey HKLM "Software\Classes\.revq"
  DeleteRegKey HKLM "Software\Classes\revq.Response"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

if(WIN32)
  # The DLLs the programs link (wxWidgets, pugixml, libxlsxwriter, zlib, OpenSSL's libcrypto,
  # and with MinGW its runtime) go beside them in bin/; Windows' own DLLs stay out.
  set(revq_exes "$<TARGET_FILE:revq-cli>")
  if(TARGET revq)
    string(APPEND revq_exes ";$<TARGET_FILE:revq>")
  endif()
  install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES ${revq_exes}
      RESOLVED_DEPENDENCIES_VAR revq_dlls
      UNRESOLVED_DEPENDENCIES_VAR revq_missing
      DIRECTORIES \$ENV{PATH}
      PRE_EXCLUDE_REGEXES [[api-ms-.*]] [[ext-ms-.*]]
      POST_EXCLUDE_REGEXES [[.*[/\\\\][Ss]ystem32[/\\\\].*]] [[.*[/\\\\][Ww]indows[/\\\\].*]])
    if(revq_missing)
      message(WARNING \"DLLs not found, the installer will lack them: \${revq_missing}\")
    endif()
    file(INSTALL \${revq_dlls} DESTINATION \${CMAKE_INSTALL_PREFIX}/bin)
  ")
endif()
