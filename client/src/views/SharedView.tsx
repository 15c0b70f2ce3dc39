export function SharedView() {
  return <div className="view" />;
}
