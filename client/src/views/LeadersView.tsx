export function LeadersView() {
  return <div className="view" />;
}
