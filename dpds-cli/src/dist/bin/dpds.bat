@echo off
rem dpds launcher: runs lib\dpds.jar with Java from JAVA_HOME, else java on the PATH. JAVA_OPTS passes JVM options.
setlocal
set "DPDS_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" %JAVA_OPTS% -jar "%DPDS_HOME%\lib\dpds.jar" %*
exit /b %ERRORLEVEL%
