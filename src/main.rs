fn main() -> std::process::ExitCode {
    chronique::cli::main()
}
