# Concatenates every *.txt under DIR (sorted, recursive) into OUT. Each file is preceded
# by a line "\x01<relative path>" so that the loader can still name file:line.
# Usage: cmake -DDIR=... -DOUT=... -P bundle.cmake
file(GLOB_RECURSE files RELATIVE ${DIR} ${DIR}/*.txt)
list(SORT files)
string(ASCII 1 soh)
set(content "")
foreach(f ${files})
  file(READ ${DIR}/${f} text)
  string(APPEND content "${soh}dict/${f}\n${text}")
  if(NOT text MATCHES "\n$")
    string(APPEND content "\n")
  endif()
endforeach()
file(WRITE ${OUT}.tmp "${content}")
file(RENAME ${OUT}.tmp ${OUT})
