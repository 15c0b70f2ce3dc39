export function QueryView() {
  return <div className="view" />;
}
