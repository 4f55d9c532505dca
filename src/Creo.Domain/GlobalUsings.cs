// Namespaces nearly every file of this project uses and that never move: the framework's, the mediator's and the
// shared Common/Domain ones. Module namespaces (Contracts, use-case folders) stay explicit in each file, so a file
// still says which other modules it calls.
global using Creo.Domain.Common;
